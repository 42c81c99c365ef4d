@NullMarked
package org.ketamineinfo.page;

import org.jspecify.annotations.NullMarked;
