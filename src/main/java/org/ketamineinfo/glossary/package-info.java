@NullMarked
package org.ketamineinfo.glossary;

import org.jspecify.annotations.NullMarked;
