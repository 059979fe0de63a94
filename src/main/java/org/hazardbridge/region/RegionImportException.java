package org.hazardbridge.region;

/**
 * Thrown when region or river data cannot be imported. The message names the file and, where there is one, the
 * feature or river index; nothing has been written when it is thrown by the validation.
 */
public class RegionImportException extends RuntimeException {

    RegionImportException(String message) {
        super(message);
    }

    RegionImportException(String message, Throwable cause) {
        super(message, cause);
    }

    static RegionImportException atFeature(String file, int index, String problem) {
        return new RegionImportException(file + " feature " + index + ": " + problem);
    }
}
