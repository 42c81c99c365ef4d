@NullMarked
package org.ketamineinfo.article;

import org.jspecify.annotations.NullMarked;
