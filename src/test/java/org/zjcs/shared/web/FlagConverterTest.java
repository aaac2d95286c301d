package org.zjcs.shared.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FlagConverterTest {

    @Test
    void theLinksOwnOneIsTrue() {
        assertTrue(FlagConverter.isSet("1"), "published=1, as the notice form's redirect writes it");
        assertTrue(FlagConverter.isSet("true"));
        assertTrue(FlagConverter.isSet(" Yes "));
        assertFalse(FlagConverter.isSet(null));
        assertFalse(FlagConverter.isSet(""));
        assertFalse(FlagConverter.isSet("0"));
        assertFalse(FlagConverter.isSet("false"));
    }
}
