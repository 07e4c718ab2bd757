package io.opencert.commons.http;

import java.nio.charset.StandardCharsets;

/**
 * The {@code Content-Disposition} of a download (RFC 6266): any file name, also with quotes, line breaks or letters
 * outside Latin-1, as {@code filename*} in UTF-8, with a plain ASCII {@code filename} for old clients.
 */
public final class ContentDisposition {
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private ContentDisposition() {
    }

    /** Shown in the browser (a PDF or an image the body made). */
    public static String inline(String fileName) {
        return "inline; " + names(fileName);
    }

    /** Saved, never shown: anything a user uploaded that is not an image. */
    public static String attachment(String fileName) {
        return "attachment; " + names(fileName);
    }

    private static String names(String fileName) {
        StringBuilder ascii = new StringBuilder();
        StringBuilder encoded = new StringBuilder();
        fileName.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return "filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
