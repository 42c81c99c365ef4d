package org.ketamineinfo.publish;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.ketamineinfo.content.EveryCore;
import org.ketamineinfo.content.Language;
import org.ketamineinfo.content.SiteContent;
import org.ketamineinfo.content.SiteOutline;
import org.ketamineinfo.system.SiteProperties;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.util.function.SingletonSupplier;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders every published page of a snapshot through the controllers' handler methods and the same
 * Thymeleaf templates a live request would use. Pages render in parallel: the engine and the
 * snapshot are safe to share.
 */
public final class SiteRenderer {

    /** The path under which the "page not found" body is published (and exported as 404.html). */
    public static final String NOT_FOUND_PATH = "/404.html";

    private final List<PublishesPages> publishers;
    private final List<SnapshotPart<?>> parts;
    private final ITemplateEngine templates;
    private final SiteProperties site;
    private final Assets assets;
    /** Set when rendering for the static export, whose pages differ in their forms only. */
    private final SiteProperties.@Nullable Export export;
    /** Set as the application shuts down: a page started after it would fail for want of Spring's beans. */
    private final AtomicBoolean closed;

    public SiteRenderer(List<PublishesPages> publishers, List<SnapshotPart<?>> parts, ITemplateEngine templates,
            SiteProperties site, Assets assets) {
        this(publishers, parts, templates, site, assets, null, new AtomicBoolean());
    }

    private SiteRenderer(List<PublishesPages> publishers, List<SnapshotPart<?>> parts, ITemplateEngine templates,
            SiteProperties site, Assets assets, SiteProperties.@Nullable Export export, AtomicBoolean closed) {
        this.publishers = List.copyOf(publishers);
        this.parts = List.copyOf(parts);
        this.templates = templates;
        this.site = site;
        this.assets = assets;
        this.export = export;
        this.closed = closed;
    }

    /**
     * The same renderer for the static export ({@code --export}): a static host cannot answer the feedback
     * form, search or the prepare tool, so the pages send those forms to {@code export.applicationOrigin};
     * without one they leave out the feedback form and the header's search, and the prepare page says in one
     * sentence that the list cannot be made there. Everything else is the very bytes the live server sends.
     */
    public SiteRenderer forExport(SiteProperties.Export export) {
        return new SiteRenderer(publishers, parts, templates, site, assets, export, closed);
    }

    /** Pages not yet started are not rendered: {@link #render} then throws a {@link CancellationException}. */
    public void close() {
        closed.set(true);
    }

    public boolean closed() {
        return closed.get();
    }

    /**
     * @param previous the site being replaced: pages whose bytes did not change keep their
     *     Last-Modified time, so browsers and CDNs do not fetch them again
     */
    public RenderedSite render(SiteContent content, @Nullable RenderedSite previous) {
        List<PageRender> renders = publishers.stream().flatMap(p -> p.publishedPages(content).stream()).toList();
        Instant now = content.changedAt();
        SiteOutline outline = SiteOutline.of(content);
        // With the same outline, only pages made of something new can have new bytes: after an edit
        // to one article's body, that article's page is the only one rendered again.
        RenderedSite same = previous != null && previous.rendered() && previous.outline().equals(outline)
                ? previous : null;
        Map<String, PublishedPage> rendered = new LinkedHashMap<>();
        Map<String, Object> madeOf = new HashMap<>();
        // Common-pool threads do not have the caller's class loader, which in the packaged jar is the
        // only one that can find the templates; each task borrows it.
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        EveryCore.map(renders, render -> {
            PublishedPage unchanged = same == null ? null : unchanged(render, same);
            return unchanged != null ? unchanged : withClassLoader(loader, () -> render(render, content, now, previous));
        }).forEach(page -> {
            if (rendered.put(page.path(), page) != null) {
                throw new IllegalStateException("Two pages publish the same address " + page.path());
            }
        });
        renders.stream().filter(render -> render.madeOf() != null)
                .forEach(render -> madeOf.put(render.path(), render.madeOf()));
        PublishedPage notFound = same != null && same.notFound() != null ? same.notFound()
                : render(PageRender.html(NOT_FOUND_PATH, 404, model -> "not-found"), content, now, previous);
        Map<Language, PublishedPage> translatedNotFound = new LinkedHashMap<>();
        for (SiteContent edition : content.editions().subList(1, content.editions().size())) {
            Language language = edition.language();
            PublishedPage before = same == null ? null : same.translatedNotFound().get(language);
            translatedNotFound.put(language, before != null ? before : render(PageRender.html(notFoundPath(language),
                    404, model -> "not-found"), content, now, previous));
        }
        // The snapshot answered without pages first already has its parts (built or on their way).
        var builtParts = previous != null && previous.content() == content ? previous.parts() : parts(content);
        return new RenderedSite(content, rendered, notFound, builtParts, redirects(content), outline, madeOf,
                translatedNotFound);
    }

    /** Where an edition's "page not found" page is published (and exported): /404.html, /es/404.html. */
    public static String notFoundPath(Language language) {
        return language == Language.EN ? NOT_FOUND_PATH : language.home() + NOT_FOUND_PATH;
    }

    /** The previous page at this address, if it is made of exactly what this render would use. */
    private static @Nullable PublishedPage unchanged(PageRender render, RenderedSite previous) {
        Object before = previous.madeOf().get(render.path());
        return render.madeOf() != null && render.madeOf() == before ? previous.page(render.path()) : null;
    }

    /**
     * The snapshot with its parts and redirects but no pages yet, so the site can answer at once while
     * pages render in the background: until then the controllers render each request live.
     */
    public RenderedSite withoutPages(SiteContent content) {
        return new RenderedSite(content, Map.of(), null, parts(content), redirects(content), SiteOutline.of(content),
                Map.of(), Map.of());
    }

    /** Each part of a snapshot, built once when first asked for (a search, or the background build). */
    private Map<Class<?>, Supplier<?>> parts(SiteContent content) {
        Map<Class<?>, Supplier<?>> built = new LinkedHashMap<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        parts.forEach(part -> built.put(part.type(),
                SingletonSupplier.of(() -> withClassLoader(loader, () -> part.build(content)))));
        return built;
    }

    private Map<String, RenderedSite.Redirect> redirects(SiteContent content) {
        Map<String, RenderedSite.Redirect> redirects = new LinkedHashMap<>();
        content.redirects().forEach((from, to) -> redirects.put(from, new RenderedSite.Redirect(to,
                site.cache().pages())));
        return redirects;
    }

    private static <T> T withClassLoader(ClassLoader loader, Supplier<T> task) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return task.get();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private PublishedPage render(PageRender render, SiteContent content, Instant now, @Nullable RenderedSite previous) {
        if (closed.get()) {
            throw new CancellationException("The application is shutting down");
        }
        byte[] bytes = render.bytes() != null ? render.bytes().get() : html(render, content);
        String cacheControl = render.status() == 200 ? site.cache().pages() : site.cache().notFound();
        PublishedPage page = PublishedPage.of(render.path(), render.status(), render.contentType(), bytes, now,
                cacheControl);
        PublishedPage before = previous == null ? null
                : render.status() == 200 ? previous.page(render.path())
                : previous.notFound(Language.of(render.path()));
        return before != null && before.etag().equals(page.etag()) ? page.withLastModified(before.lastModified()) : page;
    }

    private byte[] html(PageRender render, SiteContent content) {
        ExtendedModelMap model = new ExtendedModelMap();
        model.addAttribute("site", site);
        // The same model a live request gets (SiteModel): the page's edition, the whole snapshot, its locale.
        Language language = Language.of(render.path());
        model.addAttribute("content", content.edition(language).orElse(content));
        model.addAttribute("root", content);
        model.addAttribute("assets", assets);
        if (export != null) {
            model.addAttribute("staticExport", export); // read by the forms (layout, parts and prepare templates)
        }
        String view = Objects.requireNonNull(render.handler()).apply(model);
        return templates.process(view, new Context(language.locale(), model)).getBytes(StandardCharsets.UTF_8);
    }
}
