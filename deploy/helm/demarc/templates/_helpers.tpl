{{/* Name of one service's objects: <release>-<service>, e.g. demarc-inventory. */}}
{{- define "demarc.serviceName" -}}
{{- printf "%s-%s" .root.Release.Name .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "demarc.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
app.kubernetes.io/part-of: demarc
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- end -}}

{{/* Selector labels of one service; call with (dict "root" $ "name" $name). */}}
{{- define "demarc.selectorLabels" -}}
app.kubernetes.io/name: {{ .name }}-service
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end -}}

{{- define "demarc.serviceLabels" -}}
{{ include "demarc.labels" .root }}
app.kubernetes.io/name: {{ .name }}-service
app.kubernetes.io/component: api
{{- end -}}

{{- define "demarc.image" -}}
{{- $img := .svc.image -}}
{{- $tag := $img.tag | default .root.Values.image.tag | default .root.Chart.AppVersion -}}
{{- if .root.Values.image.registry -}}
{{- printf "%s/%s:%s" .root.Values.image.registry $img.repository $tag -}}
{{- else -}}
{{- printf "%s:%s" $img.repository $tag -}}
{{- end -}}
{{- end -}}

{{- define "demarc.jdbcUrl" -}}
{{- $pg := .root.Values.postgresql -}}
{{- $url := printf "jdbc:postgresql://%s:%v/%s" $pg.host $pg.port .svc.database.name -}}
{{- if $pg.parameters -}}{{- $url = printf "%s?%s" $url $pg.parameters -}}{{- end -}}
{{- $url -}}
{{- end -}}

{{- define "demarc.kafkaUsesTls" -}}
{{- if has .Values.kafka.securityProtocol (list "SSL" "SASL_SSL") }}true{{ end -}}
{{- end -}}

{{- define "demarc.kafkaUsesSasl" -}}
{{- if has .Values.kafka.securityProtocol (list "SASL_PLAINTEXT" "SASL_SSL") }}true{{ end -}}
{{- end -}}

{{/* The OIDC issuer URL of the realm. */}}
{{- define "demarc.realmUrl" -}}
{{- printf "%s/realms/%s" (trimSuffix "/" .Values.keycloak.url) .Values.keycloak.realm -}}
{{- end -}}

{{/* --- The console. Its objects are <release>-console; its pods carry app.kubernetes.io/name: console. */}}
{{- define "demarc.consoleName" -}}
{{- printf "%s-console" .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "demarc.consoleSelectorLabels" -}}
app.kubernetes.io/name: console
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "demarc.consoleLabels" -}}
{{ include "demarc.labels" . }}
app.kubernetes.io/name: console
app.kubernetes.io/component: web
{{- end -}}

{{/* "true" when the console calls the services' own Services (no console.servicesUrl), else empty. */}}
{{- define "demarc.consoleCallsServicesDirectly" -}}
{{- if and .Values.console.enabled (not .Values.console.servicesUrl) }}true{{ end -}}
{{- end -}}

{{/* "true" when people reach the chart's public host over HTTPS (console.https, or derived from the route's TLS). */}}
{{- define "demarc.publicHttps" -}}
{{- $https := .Values.console.https -}}
{{- if kindIs "bool" $https -}}
{{- if $https }}true{{ end -}}
{{- else if or (and .Values.gatewayApi.enabled .Values.gatewayApi.gateway.create) (and .Values.ingress.enabled .Values.ingress.tls.secretName) -}}
true
{{- end -}}
{{- end -}}

{{/* The public origins (scheme://host) of the routes the chart renders, as a JSON list; wildcard hostnames are left out. */}}
{{- define "demarc.publicOrigins" -}}
{{- $scheme := ternary "https" "http" (eq (include "demarc.publicHttps" .) "true") -}}
{{- $hosts := list -}}
{{- if .Values.gatewayApi.enabled }}{{ $hosts = concat $hosts .Values.gatewayApi.hostnames }}{{ end -}}
{{- if .Values.ingress.enabled }}{{ $hosts = append $hosts .Values.ingress.host }}{{ end -}}
{{- $origins := list -}}
{{- range $host := uniq $hosts }}
{{- if and $host (not (hasPrefix "*" $host)) }}{{ $origins = append $origins (printf "%s://%s" $scheme $host) }}{{ end -}}
{{- end -}}
{{- toJson $origins -}}
{{- end -}}
