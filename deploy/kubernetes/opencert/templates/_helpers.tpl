{{/* The services as their code has them (files/services.yaml). */}}
{{- define "opencert.services" -}}
{{ .Files.Get "files/services.yaml" }}
{{- end }}

{{/* A service's settings: the defaults under .Values.service, overridden by .Values.services.<name>. */}}
{{- define "opencert.settings" -}}
{{- $root := index . 0 }}{{- $name := index . 1 }}
{{- toYaml (mergeOverwrite (deepCopy $root.Values.service) (deepCopy (index $root.Values.services $name | default dict))) }}
{{- end }}

{{- define "opencert.labels" -}}
app.kubernetes.io/part-of: opencert
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/instance: {{ .Release.Name }}
helm.sh/chart: {{ .Chart.Name }}-{{ .Chart.Version | replace "+" "_" }}
{{- end }}

{{- define "opencert.selector" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
{{- end }}

{{/* The secret with the credentials of a database role (kubernetes.io/basic-auth: username, password), made before
     the install (README, "Install"); CloudNativePG sets the role's password from it. */}}
{{- define "opencert.dbSecret" -}}
{{ . }}-db
{{- end }}

{{/* A PostgreSQL role name for a service: client-service -> client_service. */}}
{{- define "opencert.dbRole" -}}
{{ . | replace "-" "_" }}
{{- end }}
