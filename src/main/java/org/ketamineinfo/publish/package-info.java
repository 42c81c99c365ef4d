/**
 * Render ahead, serve bytes: every page that does not depend on the request is rendered once per
 * content snapshot by the controllers' own handler methods and templates, kept in memory as bytes with
 * a gzip copy and an ETag, and served by {@link org.ketamineinfo.publish.PublishedPageFilter}.
 */
@NullMarked
package org.ketamineinfo.publish;

import org.jspecify.annotations.NullMarked;
