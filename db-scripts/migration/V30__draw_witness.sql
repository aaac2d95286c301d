-- Issue 14, draw hardening (docs/draw.md, "Version 2"): a notice published from now on also commits to a witness
-- secret held by an independent party (WitnessService, key zjcs.draw.witness-key): the random salt from which the
-- witness is derived (public; useless without the witness key) and SHA-256 of the witness, published with the seed's
-- commitment. Notices published before have neither and keep the version-1 draw.
ALTER TABLE notice ADD COLUMN draw_witness_salt CHAR(64) NULL;
ALTER TABLE notice ADD COLUMN draw_witness_commitment CHAR(64) NULL;
