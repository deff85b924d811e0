package org.jiebang.platform.storage;

import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * A stored file as an HTTP answer: always a download ({@code Content-Disposition: attachment},
 * with an ASCII fallback name and the UTF-8 name), never cached by shared caches.
 */
public final class Downloads {

    private Downloads() {
    }

    public static Response of(FileStore files, StoredFile file) {
        StreamingOutput body = out -> {
            try (InputStream in = files.open(file)) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, file.getMediaType())
                .header("Content-Disposition", disposition(file.getFileName()))
                .header("Content-Length", file.getSize())
                .header("Cache-Control", "private, no-store")
                .build();
    }

    /** {@code attachment; filename="ascii"; filename*=UTF-8''encoded} */
    public static String disposition(String fileName) {
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + fileName.replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''" + encoded;
    }
}
