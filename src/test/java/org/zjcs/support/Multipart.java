package org.zjcs.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A multipart/form-data body as a browser builds it: text fields and files, in the order added. A file's name is
 * sent as given (only {@code "}, CR and LF are percent-encoded, as browsers do), so that tests can send names a
 * browser would never send, such as {@code ../../etc/passwd}.
 */
public final class Multipart {

    private final String boundary = "----zjcs-test-" + UUID.randomUUID();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    public Multipart field(String name, String value) {
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + quote(name) + "\"\r\n\r\n");
        write(value);
        write("\r\n");
        return this;
    }

    /** A file input with a chosen file. */
    public Multipart file(String name, String fileName, String contentType, byte[] content) {
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + quote(name) + "\"; filename=\""
                + quote(fileName) + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        body.writeBytes(content);
        write("\r\n");
        return this;
    }

    /** A file input left empty: browsers still send the part, with an empty name and no content. */
    public Multipart emptyFile(String name) {
        return file(name, "", "application/octet-stream", new byte[0]);
    }

    /** Whether a part of this name was added. */
    public boolean hasField(String name) {
        return new String(body.toByteArray(), StandardCharsets.UTF_8).contains("name=\"" + quote(name) + "\"");
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** The finished body (the closing boundary is added here). */
    public byte[] toByteArray() {
        ByteArrayOutputStream all = new ByteArrayOutputStream(body.size() + boundary.length() + 8);
        all.writeBytes(body.toByteArray());
        all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return all.toByteArray();
    }

    private void write(String s) {
        body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }

    private static String quote(String s) {
        return s.replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
    }
}
