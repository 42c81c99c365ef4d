package org.ketamineinfo.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.ketamineinfo.content.Language;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A page's language is its address: {@code /es/...} is Spanish, everything else English. Never the
 * browser's Accept-Language or a cookie, so a link always opens the page a reader was sent, the same
 * bytes for everyone (which caches and the pre-rendered pages rely on). An error page takes the
 * language of the address that failed.
 */
public final class PathLocaleResolver implements LocaleResolver {

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return languageOf(request).locale();
    }

    /** The edition a request is for. */
    public static Language languageOf(HttpServletRequest request) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = failed instanceof String uri ? uri : request.getRequestURI();
        String context = request.getContextPath();
        return Language.of(context != null && !context.isEmpty() && path.startsWith(context)
                ? path.substring(context.length()) : path);
    }

    @Override
    public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
        throw new UnsupportedOperationException("The language is chosen by the address (/es/...), not set");
    }
}
