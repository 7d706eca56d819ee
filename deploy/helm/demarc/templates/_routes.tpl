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
