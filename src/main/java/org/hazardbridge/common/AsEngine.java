package org.hazardbridge.common;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;

/**
 * Runs product code that touches the engine on the product's own behalf, without the caller's authorization
 * checks, and restores the caller afterwards. For bookkeeping the product does for the caller after it has
 * checked the caller itself, such as refreshing the evidence links on a case the caller may add evidence to.
 */
public final class AsEngine {

    private AsEngine() {
    }

    public static <T> T call(IdentityService identity, Supplier<T> work) {
        var caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    public static void run(IdentityService identity, Runnable work) {
        call(identity, () -> {
            work.run();
            return null;
        });
    }
}
