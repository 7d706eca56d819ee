{{/* Regular expression of one service's API paths, e.g. ^/api/v1/tenants/[^/]+/(imports|resources)(/.*)?$ */}}
{{- define "demarc.pathRegex" -}}
{{- $alts := list -}}
{{- range .apiPaths }}{{ $alts = append $alts (regexQuoteMeta .) }}{{ end -}}
{{- printf "^/api/v1/tenants/[^/]+/(%s)%s" (join "|" $alts) .suffix -}}
{{- end -}}

{{/* Regular expression of paths directly below /api/v1/, e.g. ^/api/v1/(webhooks)(/.*)?$ */}}
{{- define "demarc.topLevelRegex" -}}
{{- $alts := list -}}
{{- range .paths }}{{ $alts = append $alts (regexQuoteMeta .) }}{{ end -}}
{{- printf "^/api/v1/(%s)%s" (join "|" $alts) .suffix -}}
{{- end -}}

{{/* Regular expression of the tenant collection itself: /api/v1/tenants, /api/v1/tenants/{id}, .../suspend|resume */}}
{{- define "demarc.tenantsRegex" -}}
^/api/v1/tenants(/[^/]+(/(suspend|resume))?)?/?$
{{- end -}}

{{/* Regular expression of the console's paths: every path whose first segment is not "api" or "q", so no API path
     (nor a /q/ endpoint) can reach the console whatever precedence the gateway gives regular expressions (Gateway
     API leaves it to the implementation: Istio ranks them below every prefix match). RE2 has no look-ahead, hence
     the spelled-out alternatives: a first segment that starts with neither a nor q; q and more; a, ap, or a/ap/api
     followed by anything else. */}}
{{- define "demarc.consoleRegex" -}}
^/(([^/aq][^/]*|q[^/]+|a([^/p][^/]*|p([^/i][^/]*|i[^/]+)?)?)(/.*)?)?$
{{- end -}}
