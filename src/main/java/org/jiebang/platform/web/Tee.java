package org.jiebang.platform.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A response body that goes to the client as usual and is also copied, up to a limit (a longer
 * body is not kept at all). Used by {@link PageCache}.
 */
final class Tee {

    private final HttpServletResponse response;
    private final int limit;
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream(16 * 1024);
    private boolean overflow;
    private boolean broken;
    private ServletOutputStream stream;
    private PrintWriter writer;

    Tee(HttpServletResponse response, int limit) {
        this.response = response;
        this.limit = limit;
    }

    ServletOutputStream stream() throws IOException {
        if (stream == null) {
            ServletOutputStream out = response.getOutputStream();
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    keep(b, off, len);
                    try {
                        out.write(b, off, len);
                    } catch (IOException e) {
                        // the client went away: what was copied may lack this part
                        broken = true;
                        throw e;
                    }
                }

                @Override
                public void flush() {
                    // the container's buffer sends the body; flushing it here would commit the
                    // response before the filters outside have set their headers
                }

                @Override
                public boolean isReady() {
                    return out.isReady();
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    out.setWriteListener(listener);
                }
            };
        }
        return stream;
    }

    PrintWriter writer(String encoding) throws IOException {
        if (writer == null) {
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(stream(), charset));
        }
        return writer;
    }

    void flush() throws IOException {
        if (writer != null) {
            writer.flush();
        } else if (stream != null) {
            stream.flush();
        }
    }

    /** Whether writing failed (the client went away): the copy is not the whole page then. */
    boolean broken() {
        return broken || (writer != null && writer.checkError());
    }

    /** The copy, or null when the body was longer than the limit or none was written. */
    byte[] captured() {
        return overflow || copy.size() == 0 ? null : copy.toByteArray();
    }

    private void keep(byte[] b, int off, int len) {
        if (overflow) {
            return;
        }
        if (copy.size() + len > limit) {
            overflow = true;
            copy.reset();
            return;
        }
        copy.write(b, off, len);
    }
}
