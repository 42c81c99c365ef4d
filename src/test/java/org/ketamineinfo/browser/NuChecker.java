package org.ketamineinfo.browser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nu.validator.checker.Checker;
import nu.validator.checker.CspEnforcementChecker;
import nu.validator.checker.DuplicateDtChecker;
import nu.validator.checker.HeadingHierarchyChecker;
import nu.validator.checker.MicrodataChecker;
import nu.validator.checker.NormalizationChecker;
import nu.validator.checker.SpeculationRulesChecker;
import nu.validator.checker.TextContentChecker;
import nu.validator.checker.UncheckedSubtreeWarner;
import nu.validator.checker.UsemapChecker;
import nu.validator.checker.XmlPiChecker;
import nu.validator.checker.jing.CheckerSchema;
import nu.validator.checker.jing.CheckerValidator;
import nu.validator.checker.table.TableChecker;
import nu.validator.htmlparser.common.Heuristics;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.sax.HtmlParser;
import nu.validator.localentities.LocalCacheEntityResolver;
import nu.validator.vendor.thaiopensource.relaxng.impl.CombineValidator;
import nu.validator.vendor.thaiopensource.util.PropertyMap;
import nu.validator.vendor.thaiopensource.util.PropertyMapBuilder;
import nu.validator.vendor.thaiopensource.validate.Schema;
import nu.validator.vendor.thaiopensource.validate.ValidateProperty;
import nu.validator.vendor.thaiopensource.validate.Validator;
import nu.validator.vendor.thaiopensource.validate.prop.rng.RngProperty;
import nu.validator.vendor.thaiopensource.validate.rng.CompactSchemaReader;
import nu.validator.vendor.thaiopensource.xml.sax.Jaxp11XMLReaderCreator;
import nu.validator.xml.AttributesPermutingXMLReaderWrapper;
import nu.validator.xml.NullEntityResolver;
import nu.validator.xml.ariaattributes.AriaAttributeDroppingSchemaWrapper;
import nu.validator.xml.customelements.NamespaceChangingSchemaWrapper;
import nu.validator.xml.dataattributes.DataAttributeDroppingSchemaWrapper;
import nu.validator.xml.langattributes.XmlLangAttributeDroppingSchemaWrapper;
import nu.validator.xml.roleattributes.RoleAttributeFilteringSchemaWrapper;
import nu.validator.xml.templateelement.TemplateElementDroppingSchemaWrapper;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

/**
 * The Nu HTML Checker (the engine behind validator.w3.org/nu) used as a library: the html5-all schema,
 * the Schematron-equivalent assertions and the same checkers, in the same order, as its
 * {@code SimpleDocumentValidator}. We assemble them ourselves because that class's static initializer
 * loads its HTTP fetcher, which needs the Jetty 11 client the pom rightly excludes (Boot manages Jetty
 * 12, and Jetty on the test classpath would fight Tomcat); we never fetch anything over HTTP here.
 *
 * <p>Errors fail a check; warnings are allowed, as on the checker's own site. CSS goes through the
 * same pipeline the checker's web service uses for text/css: the stylesheet is wrapped in a
 * {@code <style>} element, whose content the assertions check with the bundled W3C CSS validator.
 * Not thread-safe: one instance per test class.
 */
final class NuChecker {

    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";
    private static final byte[] CSS_PROLOG =
            "<!DOCTYPE html><html lang=''><title>s</title><style>\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] CSS_EPILOG = "\n</style>".getBytes(StandardCharsets.UTF_8);

    private final Collector errors = new Collector();
    private final Validator validator;
    private final XMLReader parser;

    NuChecker() {
        // Read by the assertions: html5-all checks full RDFa, as SimpleDocumentValidator sets it.
        System.setProperty("nu.validator.schema.rdfa-full", "1");
        try {
            PropertyMap properties = properties(errors);
            Validator combined = mainSchema(properties).createValidator(properties);
            combined = new CombineValidator(combined, CheckerSchema.ASSERTION_SCH.createValidator(properties));
            for (Checker checker : List.of(new TableChecker(), new DuplicateDtChecker(), new HeadingHierarchyChecker(),
                    new MicrodataChecker(), new NormalizationChecker(), new SpeculationRulesChecker(),
                    new TextContentChecker(), new UncheckedSubtreeWarner(), new UsemapChecker(), new XmlPiChecker(),
                    new CspEnforcementChecker())) {
                combined = new CombineValidator(combined, new CheckerValidator(checker, properties));
            }
            validator = combined;
            parser = htmlParser(validator, errors);
        } catch (Exception e) {
            throw new IllegalStateException("Could not set up the Nu HTML Checker", e);
        }
    }

    /** The errors in an HTML document, each as "line:column message". */
    List<String> checkHtml(String url, byte[] html) {
        return check(url, html);
    }

    /** The errors in a stylesheet, each as "line:column message" (lines count from the stylesheet's first). */
    List<String> checkCss(String url, byte[] css) {
        byte[] wrapped = new byte[CSS_PROLOG.length + css.length + CSS_EPILOG.length];
        System.arraycopy(CSS_PROLOG, 0, wrapped, 0, CSS_PROLOG.length);
        System.arraycopy(css, 0, wrapped, CSS_PROLOG.length, css.length);
        System.arraycopy(CSS_EPILOG, 0, wrapped, CSS_PROLOG.length + css.length, CSS_EPILOG.length);
        return check(url, wrapped).stream().map(NuChecker::withoutPrologLine).toList();
    }

    private List<String> check(String url, byte[] bytes) {
        errors.found.clear();
        validator.reset();
        InputSource input = new InputSource(new ByteArrayInputStream(bytes));
        input.setSystemId(url);
        input.setEncoding("UTF-8");
        try {
            parser.parse(input);
        } catch (SAXParseException e) {
            // Already reported to the collector as a fatal error.
        } catch (IOException | SAXException e) {
            errors.found.add("checker could not read the document: " + e);
        }
        return List.copyOf(errors.found);
    }

    private static PropertyMap properties(ErrorHandler errors) {
        PropertyMapBuilder builder = new PropertyMapBuilder();
        builder.put(ValidateProperty.ERROR_HANDLER, errors);
        builder.put(ValidateProperty.XML_READER_CREATOR, new Jaxp11XMLReaderCreator());
        RngProperty.CHECK_ID_IDREF.add(builder);
        return builder.toPropertyMap();
    }

    private static Schema mainSchema(PropertyMap properties) throws Exception {
        // The schema ships inside the checker's jar; the entity cache resolves its URL offline.
        LocalCacheEntityResolver cache = new LocalCacheEntityResolver(new NullEntityResolver());
        cache.setAllowRnc(true);
        PropertyMapBuilder builder = new PropertyMapBuilder(properties);
        builder.put(ValidateProperty.ENTITY_RESOLVER, cache);
        Schema schema = CompactSchemaReader.getInstance().createSchema(cache.resolveEntity(null, SCHEMA),
                builder.toPropertyMap());
        schema = new DataAttributeDroppingSchemaWrapper(schema);
        schema = new AriaAttributeDroppingSchemaWrapper(schema);
        schema = new XmlLangAttributeDroppingSchemaWrapper(schema);
        schema = new RoleAttributeFilteringSchemaWrapper(schema);
        schema = new TemplateElementDroppingSchemaWrapper(schema);
        return new NamespaceChangingSchemaWrapper(schema);
    }

    private static XMLReader htmlParser(Validator validator, ErrorHandler errors) throws SAXException {
        HtmlParser parser = new HtmlParser();
        parser.setCommentPolicy(XmlViolationPolicy.ALLOW);
        parser.setContentNonXmlCharPolicy(XmlViolationPolicy.ALLOW);
        parser.setContentSpacePolicy(XmlViolationPolicy.ALTER_INFOSET);
        parser.setNamePolicy(XmlViolationPolicy.ALLOW);
        parser.setXmlnsPolicy(XmlViolationPolicy.ALTER_INFOSET);
        parser.setMappingLangToXmlLang(true);
        parser.setHeuristics(Heuristics.ALL);
        parser.setContentHandler(validator.getContentHandler());
        parser.setErrorHandler(errors);
        parser.setFeature("http://xml.org/sax/features/unicode-normalization-checking", true);
        parser.setStreamabilityViolationPolicy(XmlViolationPolicy.FATAL);
        parser.setErrorProfile(new HashMap<>(Map.of("html-strict", "warn")));
        return new AttributesPermutingXMLReaderWrapper(parser);
    }

    private static String withoutPrologLine(String error) {
        int colon = error.indexOf(':');
        try {
            return (Integer.parseInt(error.substring(0, colon)) - 1) + error.substring(colon);
        } catch (RuntimeException notNumbered) {
            return error;
        }
    }

    private static final class Collector implements ErrorHandler {

        private final List<String> found = new ArrayList<>();

        @Override
        public void warning(SAXParseException e) {
            // Allowed: warnings are advice, not conformance errors.
        }

        @Override
        public void error(SAXParseException e) {
            found.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
        }

        @Override
        public void fatalError(SAXParseException e) {
            error(e);
        }
    }
}
