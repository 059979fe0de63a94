package org.hazardbridge.classification;

import org.hazardbridge.common.ForbiddenException;

/** A caller asked for a classified field their role and region may not read or change (HTTP 403). */
public class FieldRefusedException extends ForbiddenException {

    public FieldRefusedException(String name, Level level) {
        super("无权访问 " + level + " 字段 " + name);
    }
}
