package org.ketamineinfo.publish;

import java.io.Writer;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.IThrottledTemplateProcessor;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.IContext;

/** A template engine that turns a template's name into a page with the given function, and does nothing else. */
final class TemplateStub implements ITemplateEngine {

    private final UnaryOperator<String> render;

    TemplateStub(UnaryOperator<String> render) {
        this.render = render;
    }

    @Override
    public String process(String template, IContext context) {
        return render.apply(template);
    }

    @Override
    public String process(String template, Set<String> selectors, IContext context) {
        return process(template, context);
    }

    @Override
    public String process(TemplateSpec spec, IContext context) {
        return process(spec.getTemplate(), context);
    }

    @Override
    public IEngineConfiguration getConfiguration() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void process(String template, IContext context, Writer writer) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void process(String template, Set<String> selectors, IContext context, Writer writer) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void process(TemplateSpec spec, IContext context, Writer writer) {
        throw new UnsupportedOperationException();
    }

    @Override
    public IThrottledTemplateProcessor processThrottled(String template, IContext context) {
        throw new UnsupportedOperationException();
    }

    @Override
    public IThrottledTemplateProcessor processThrottled(String template, Set<String> selectors, IContext context) {
        throw new UnsupportedOperationException();
    }

    @Override
    public IThrottledTemplateProcessor processThrottled(TemplateSpec spec, IContext context) {
        throw new UnsupportedOperationException();
    }
}
