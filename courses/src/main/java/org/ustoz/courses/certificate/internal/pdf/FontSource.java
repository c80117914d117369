package org.ustoz.courses.certificate.internal.pdf;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * A TrueType font (glyf outlines; fonts with CFF outlines cannot be subset by PDFBox) for
 * {@link CertificatePdf}, and whether it is a bold face.
 *
 * @param name a name for messages, such as the file name
 * @param bold whether the face is bold; bold faces are preferred for bold styles, regular ones otherwise
 * @param opener opens a new stream of the font file each time it is called
 */
public record FontSource(String name, boolean bold, Opener opener) {

    /** Opens a new stream of a font file. */
    @FunctionalInterface
    public interface Opener {
        /** A new stream of the font file, which the caller closes. */
        InputStream open() throws IOException;
    }

    /** @throws NullPointerException if {@code name} or {@code opener} is null */
    public FontSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(opener, "opener");
    }

    /** A new stream of the font file, which the caller closes. */
    public InputStream open() throws IOException {
        return opener.open();
    }

    /** A font held in memory; the bytes are copied. */
    public static FontSource ofBytes(String name, boolean bold, byte[] trueType) {
        byte[] copy = trueType.clone();
        return new FontSource(name, bold, () -> new ByteArrayInputStream(copy));
    }

    /**
     * A font read once, now, from the class path, and then held in memory.
     *
     * @param anchor the class whose class loader finds the resource and against whose package a
     *     relative name is resolved
     * @throws UncheckedIOException if the resource is missing or cannot be read
     */
    public static FontSource ofResource(Class<?> anchor, String resource, boolean bold) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new FileNotFoundException("font resource " + resource + " not found beside " + anchor.getName());
            }
            byte[] bytes = in.readAllBytes();
            return new FontSource(resource, bold, () -> new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
