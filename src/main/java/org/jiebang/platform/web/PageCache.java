package org.jiebang.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jiebang.platform.change.ChangeLog;
import org.jiebang.platform.i18n.Language;

/**
 * Keeps the rendered public pages ({@link PublicPages#VIEWS}) of anonymous visitors, and the JSON
 * listing and detail of public challenges ({@code /api/v1/challenges}, {@code /api/v1/challenges/N}),
 * by address and language, and serves them again while nothing public has changed ({@link ChangeLog}'s
 * generation, which follows commits on every node) and for at most
 * {@code jiebang.page-cache.max-age-seconds} (countdowns move on): then one request makes the page
 * again while the others are still served the old one, as nothing has changed since.
 * <p>
 * Only a plain anonymous GET is served from here: no user, no {@code Authorization}, no session or
 * flash cookie. Only a 200 HTML page that set no cookie is kept. The page was rendered under a
 * Content-Security-Policy nonce; it is kept cut at that nonce and every response gets a fresh one
 * in its header and its scripts, so no nonce is ever sent twice.
 */
public class PageCache extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String HEADER = "X-Jiebang-Cache";
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=_-]{16,})'");
    private static final Set<String> PASS_COOKIES = Set.of(Language.COOKIE);
    /** the JSON listing and detail of public challenges, the same for every anonymous caller */
    private static final Pattern API = Pattern.compile("/api/v1/challenges(/[0-9]{1,18})?");
    private static final int MAX_PAGE_BYTES = 1 << 20;
    /** a longer query string is not kept: keys are memory the caller chooses */
    private static final int MAX_QUERY = 512;

    @Inject
    ChangeLog changes;

    @Inject
    @ConfigProperty(name = "jiebang.page-cache.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "jiebang.page-cache.max-age-seconds", defaultValue = "10")
    long maxAgeSeconds;

    @Inject
    @ConfigProperty(name = "jiebang.page-cache.max-megabytes", defaultValue = "32")
    int maxMegabytes;

    /** the kept pages, least recently used first; guarded by itself */
    private final LinkedHashMap<String, Page> pages = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    private void keep(String key, Page page) {
        synchronized (pages) {
            Page old = pages.put(key, page);
            bytes += page.size() - (old == null ? 0 : old.size());
            var eldest = pages.entrySet().iterator();
            while (bytes > maxMegabytes * 1024L * 1024L && eldest.hasNext()) {
                bytes -= eldest.next().getValue().size();
                eldest.remove();
            }
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String key = enabled ? key(request) : null;
        if (key == null) {
            chain.doFilter(request, response);
            return;
        }
        long generation = changes.generation();
        Page page;
        synchronized (pages) {
            page = pages.get(key);
        }
        if (page != null && page.generation == generation
                && (System.nanoTime() - page.madeAt < maxAgeSeconds * 1_000_000_000L || !page.refreshing.compareAndSet(false, true))) {
            // fresh; or only old, with nothing changed since, while another request makes it again
            page.writeTo(response);
            return;
        }
        Capture capture = new Capture(response);
        response.setHeader(HEADER, "miss");
        Page made = null;
        try {
            chain.doFilter(request, capture);
            capture.flushCopy();
            made = capture.page(generation);
        } finally {
            if (made != null) {
                keep(key, made);
            } else if (page != null) {
                // this request was to make the page again and did not: let the next one try
                page.refreshing.set(false);
            }
        }
    }

    /** The cache key of a request that may be served from the cache, or null. */
    static String key(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getUserPrincipal() != null
                || request.getHeader("Authorization") != null) {
            return null;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!isPublicPage(path)) {
            return null;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (!PASS_COOKIES.contains(cookie.getName())) {
                    return null;
                }
            }
        }
        String query = request.getQueryString();
        if (query != null && query.length() > MAX_QUERY) {
            return null;
        }
        return Language.fromCookie(request).toLanguageTag() + ' ' + path + (query == null ? "" : "?" + query);
    }

    static boolean isPublicPage(String path) {
        if (path.equals("/") || path.equals("/index") || API.matcher(path).matches()) {
            return true;
        }
        return PublicPages.VIEWS.contains(path.endsWith(".xhtml") ? path : path + ".xhtml");
    }

    /** A kept page: its headers and its body, cut where the nonce was. */
    record Page(long generation, long madeAt, String contentType, List<String[]> headers, String policy,
            List<byte[]> parts, java.util.concurrent.atomic.AtomicBoolean refreshing) {

        long size() {
            long size = 1024;
            for (byte[] part : parts) {
                size += part.length + 16;
            }
            return size;
        }

        void writeTo(HttpServletResponse response) throws IOException {
            // the form PrimeFaces makes and checks on a postback: Base64 of a random UUID
            String nonce = Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
            response.setStatus(200);
            response.setContentType(contentType);
            for (String[] header : headers) {
                response.addHeader(header[0], header[1]);
            }
            if (policy != null) {
                response.addHeader("Content-Security-Policy", policy.replace("{nonce}", nonce));
            }
            response.setHeader(HEADER, "hit");
            byte[] nonceBytes = nonce.getBytes(StandardCharsets.US_ASCII);
            int length = (parts.size() - 1) * nonceBytes.length;
            for (byte[] part : parts) {
                length += part.length;
            }
            response.setContentLength(length);
            var out = response.getOutputStream();
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    out.write(nonceBytes);
                }
                out.write(parts.get(i));
            }
        }

    }

    /** Lets the page through to the client and keeps a copy, with what a kept page needs to know. */
    static final class Capture extends jakarta.servlet.http.HttpServletResponseWrapper {

        private final Tee tee;
        private final List<String[]> headers = new ArrayList<>();
        private String policy;
        private int status = 200;
        private boolean keepable = true;

        Capture(HttpServletResponse response) {
            super(response);
            tee = new Tee(response, MAX_PAGE_BYTES);
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            keepable = false;
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            keepable = false;
            super.sendError(sc);
        }

        @Override
        public void sendRedirect(String location) throws IOException {
            keepable = false;
            super.sendRedirect(location);
        }

        @Override
        public void addCookie(Cookie cookie) {
            keepable = false;
            super.addCookie(cookie);
        }

        @Override
        public void setHeader(String name, String value) {
            record(name, value, true);
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            record(name, value, false);
            super.addHeader(name, value);
        }

        private void record(String name, String value, boolean replace) {
            if ("Set-Cookie".equalsIgnoreCase(name)) {
                keepable = false;
            } else if ("Content-Security-Policy".equalsIgnoreCase(name) && NONCE.matcher(value).find()) {
                if (policy != null) {
                    keepable = false; // two nonce policies: not a page this filter understands
                }
                policy = value;
            } else if (!HEADER.equalsIgnoreCase(name) && !"Content-Security-Policy".equalsIgnoreCase(name)
                    && !"X-Jiebang-Sql".equalsIgnoreCase(name)) {
                if (replace) {
                    headers.removeIf(h -> h[0].equalsIgnoreCase(name));
                }
                headers.add(new String[] {name, value});
            }
        }

        @Override
        public jakarta.servlet.ServletOutputStream getOutputStream() throws IOException {
            return tee.stream();
        }

        @Override
        public java.io.PrintWriter getWriter() throws IOException {
            return tee.writer(getCharacterEncoding());
        }

        @Override
        public void flushBuffer() throws IOException {
            tee.flush();
            super.flushBuffer();
        }

        void flushCopy() throws IOException {
            tee.flush();
        }

        Page page(long generation) {
            String type = getContentType();
            byte[] body = tee.captured();
            if (tee.broken()) {
                return null;
            }
            if (!keepable || status != 200 || body == null || type == null
                    || !(type.startsWith("text/html") || type.startsWith("application/json"))
                    || isCommittedWithSession()) {
                return null;
            }
            List<byte[]> parts = new ArrayList<>();
            String template = null;
            if (policy != null) {
                Matcher m = NONCE.matcher(policy);
                m.find();
                String nonce = m.group(1);
                template = policy.substring(0, m.start(1)) + "{nonce}" + policy.substring(m.end(1));
                cut(body, nonce.getBytes(StandardCharsets.US_ASCII), parts);
            } else {
                parts.add(body);
            }
            return new Page(generation, System.nanoTime(), type, List.copyOf(headers), template, List.copyOf(parts),
                    new java.util.concurrent.atomic.AtomicBoolean());
        }

        private boolean isCommittedWithSession() {
            return getHeaders("Set-Cookie").stream().findAny().isPresent();
        }

        private static void cut(byte[] body, byte[] nonce, List<byte[]> parts) {
            int from = 0;
            for (int i = 0; i <= body.length - nonce.length; i++) {
                if (matches(body, i, nonce)) {
                    parts.add(java.util.Arrays.copyOfRange(body, from, i));
                    from = i + nonce.length;
                    i = from - 1;
                }
            }
            parts.add(java.util.Arrays.copyOfRange(body, from, body.length));
        }

        private static boolean matches(byte[] body, int at, byte[] nonce) {
            for (int j = 0; j < nonce.length; j++) {
                if (body[at + j] != nonce[j]) {
                    return false;
                }
            }
            return true;
        }
    }
}
