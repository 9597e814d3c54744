package io.github.ghidanh.spring.autoconfigure;

import io.github.ghidanh.core.criteria.CriteriaProfile;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The criteria profiles an application knows, by id: the built-in profile of the letter and those
 * loaded from {@code ghidanh.profiles}. One of them is the default, for campaigns that name none.
 * Immutable and thread-safe.
 */
public final class CriteriaProfiles {
    private final Map<String, CriteriaProfile> byId;
    private final CriteriaProfile defaultProfile;

    private CriteriaProfiles(Map<String, CriteriaProfile> byId, CriteriaProfile defaultProfile) {
        this.byId = byId;
        this.defaultProfile = defaultProfile;
    }

    /**
     * The built-in profile and {@code loaded}, with {@code defaultId} as the default.
     *
     * @throws IllegalArgumentException when two profiles share an id or {@code defaultId} is not among them
     */
    public static CriteriaProfiles of(Collection<CriteriaProfile> loaded, String defaultId) {
        Map<String, CriteriaProfile> map = new LinkedHashMap<>();
        CriteriaProfile builtIn = CriteriaProfile.defaultProfile();
        map.put(builtIn.id(), builtIn);
        for (CriteriaProfile p : loaded) {
            if (map.putIfAbsent(p.id(), p) != null) {
                throw new IllegalArgumentException(
                        io.github.ghidanh.spring.autoconfigure.internal.StartupMessages.format("profiles.duplicate", p.id()));
            }
        }
        CriteriaProfile def = map.get(Objects.requireNonNull(defaultId, "defaultId"));
        if (def == null) {
            throw new IllegalArgumentException(io.github.ghidanh.spring.autoconfigure.internal.StartupMessages
                    .format("profiles.unknownDefault", defaultId, String.join(", ", map.keySet())));
        }
        return new CriteriaProfiles(Collections.unmodifiableMap(map), def);
    }

    /** The profile with {@code id}, if known. */
    public Optional<CriteriaProfile> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** The profile a campaign naming {@code id} is evaluated with: that one, or the default when {@code id} is null. */
    public Optional<CriteriaProfile> forCampaign(String id) {
        return id == null ? Optional.of(defaultProfile) : find(id);
    }

    /** The default profile ({@code ghidanh.default-profile}). */
    public CriteriaProfile defaultProfile() {
        return defaultProfile;
    }

    /** Every profile by id, the built-in one first, then in the order of {@code ghidanh.profiles}. */
    public Map<String, CriteriaProfile> all() {
        return byId;
    }
}
