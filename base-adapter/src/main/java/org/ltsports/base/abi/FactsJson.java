package org.ltsports.base.abi;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import org.ltsports.base.BaseException;

/**
 * Keg and release facts as JSON, for receipts: what {@link #toJson} writes, {@link #kegFacts} reads back
 * equal. A document missing a list the facts need is a {@link BaseException}.
 */
public final class FactsJson {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private FactsJson() {
    }

    public static String toJson(Object facts) {
        return GSON.toJson(facts);
    }

    public static KegFacts kegFacts(String json) {
        return read(json, KegFacts.class);
    }

    public static ElfLinkage elfLinkage(String json) {
        return read(json, ElfLinkage.class);
    }

    public static ReleaseAbi releaseAbi(String json) {
        return read(json, ReleaseAbi.class);
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            T value = GSON.fromJson(json, type);
            if (value == null) {
                throw new BaseException("no " + type.getSimpleName() + " in an empty JSON document");
            }
            return value;
        } catch (BaseException e) {
            throw e;
        } catch (RuntimeException e) {
            // Gson reports a record whose constructor refused a missing field as a plain RuntimeException.
            throw new BaseException("cannot read " + type.getSimpleName() + " from JSON: " + e.getMessage(), e);
        }
    }
}
