package org.hazardbridge.audit.web;

import org.hazardbridge.audit.TraceDocument;
import org.hazardbridge.audit.TraceQueries;
import org.hazardbridge.common.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/keys/{userId}}: a user's public signing key (Ed25519, X.509 in base64), to check their entries. */
@RestController
@RequestMapping("/api/keys")
class KeyController {

    private final TraceQueries traces;

    KeyController(TraceQueries traces) {
        this.traces = traces;
    }

    @GetMapping("/{userId}")
    TraceDocument.PublicKeyInfo key(@PathVariable String userId) {
        return traces.keyOf(userId)
                .orElseThrow(() -> new NotFoundException("用户 " + userId + " 尚无签名密钥"));
    }
}
