/** Joint disposal and acceptance: the regions' disposal reports, their acceptance reviews and the verdict. */
package org.hazardbridge.disposal;
