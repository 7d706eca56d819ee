package io.demarc.assessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Custom-control request bodies for tests. */
final class CustomControls {

    private CustomControls() {
    }

    /** A control on security groups that fails while any rule allows port 22. */
    static Map<String, Object> noSsh(String id) {
        return control(id, "item.configuration.ipPermissions.all(p, !has(p.fromPort) || p.fromPort != 22)");
    }

    static Map<String, Object> control(String id, String expression) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (id != null) {
            body.put("id", id);
        }
        body.put("title", "No SSH rule at all on our groups");
        body.put("severity", "MEDIUM");
        body.put("resourceTypes", List.of("AWS::EC2::SecurityGroup"));
        body.put("domain", "network-configuration");
        body.put("expression", expression);
        body.put("remediation", "Remove the SSH rule; use Session Manager.");
        body.put("references", Map.of("soc2", List.of("CC6.6")));
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(key, value);
        return copy;
    }
}
