@NullMarked
package org.ketamineinfo.section;

import org.jspecify.annotations.NullMarked;
