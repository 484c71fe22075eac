#!/usr/bin/env bash
# Installs or upgrades Bangfu (帮扶通) on a running Payara Server 6.2025.9 with PostgreSQL.
# Safe to run again: existing settings are updated and the EAR is redeployed (Flyway migrates the
# schema on start). Read README.md next to this script first.
#
# Parameters (environment variables):
#   BANGFU_DB_URL          required  jdbc:postgresql://host:5432/database
#   BANGFU_DB_USER         required  database user that owns the Bangfu schema
#   BANGFU_DB_PASSWORD     required  its password (stored as the password alias bangfu-db-password)
#   BANGFU_ADMIN_PASSWORD  optional  password of the first 'sysadmin' on an empty database
#                                    (stored as a password alias; MicroProfile Config reads it)
#   BANGFU_EAR             optional  the EAR to deploy (default: ear/target/bangfu.ear of this checkout)
#   ASADMIN                optional  path to asadmin (default: $PAYARA_HOME/bin/asadmin, else asadmin on PATH)
#   AS_ADMIN_HOST, AS_ADMIN_PORT, AS_ADMIN_USER, AS_ADMIN_PASSWORDFILE
#                          optional  how asadmin reaches the server (asadmin reads these itself;
#                                    defaults localhost, 4848, admin, no password)
#   BANGFU_JDBC_DRIVER     optional  PostgreSQL JDBC driver jar (default: the one inside the EAR)
#   BANGFU_CHECK_URL       optional  base URL for the final health check (default: http://<admin host>:<HTTP port>)
#   Any other BANGFU_* variable (e.g. BANGFU_DEMO, BANGFU_REGION_CODE, BANGFU_REGION_NAME) becomes a
#   MicroProfile Config property of the domain; names ending in _PASSWORD become password aliases.
set -euo pipefail

APP_NAME=bangfu
POOL=bangfu-pool
RESOURCE=jdbc/bangfu
DB_PASSWORD_ALIAS=bangfu-db-password
# Handled here, never passed to the application as configuration.
SCRIPT_VARS=" BANGFU_DB_URL BANGFU_DB_USER BANGFU_DB_PASSWORD BANGFU_EAR BANGFU_JDBC_DRIVER BANGFU_CHECK_URL BANGFU_DATASOURCE "

log() { printf '==> %s\n' "$*"; }
die() { printf 'deploy.sh: %s\n' "$*" >&2; exit 1; }

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

# ---------------------------------------------------------------- parameters
if [[ -z ${ASADMIN:-} ]]; then
    if [[ -n ${PAYARA_HOME:-} ]]; then
        ASADMIN=$PAYARA_HOME/bin/asadmin
    else
        ASADMIN=$(command -v asadmin || true)
    fi
fi
[[ -n $ASADMIN && -x $ASADMIN ]] || die "asadmin not found: set ASADMIN=/opt/payara6/bin/asadmin (or PAYARA_HOME=/opt/payara6)"
[[ -n ${BANGFU_DB_URL:-} ]] || die "set BANGFU_DB_URL, e.g. jdbc:postgresql://127.0.0.1:5432/bangfu"
[[ $BANGFU_DB_URL == jdbc:postgresql://* ]] || die "BANGFU_DB_URL must be a PostgreSQL URL (jdbc:postgresql://host:port/database), not $BANGFU_DB_URL"
[[ -n ${BANGFU_DB_USER:-} ]] || die "set BANGFU_DB_USER"
[[ -n ${BANGFU_DB_PASSWORD:-} ]] || die "set BANGFU_DB_PASSWORD"
BANGFU_EAR=${BANGFU_EAR:-$here/../../ear/target/bangfu.ear}
[[ -f $BANGFU_EAR ]] || die "no EAR at $BANGFU_EAR (build it with ./mvnw -DskipTests package, or set BANGFU_EAR)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod 700 "$work"

asadmin() { "$ASADMIN" --interactive=false "$@"; }
# Lists without the "Command ... executed successfully." line.
asadmin_list() { "$ASADMIN" --interactive=false --terse "$@"; }
# True if the standard input has this exact line (reads all of it, so no broken pipes).
has_line() { local lines; lines=$(cat); grep -Fxq -- "$1" <<<"$lines"; }

# asadmin reads password files as Java properties (ISO-8859-1, backslash escapes): escape everything
# outside printable ASCII as \uXXXX so that any password arrives intact.
props_escape() {
    local LC_ALL=C.UTF-8 s=$1 out='' ch code i
    for ((i = 0; i < ${#s}; i++)); do
        ch=${s:i:1}
        printf -v code '%d' "'$ch"
        if ((code <= 32 || code > 126)) || [[ $ch == '\' ]]; then
            if ((code > 0xFFFF)); then
                code=$((code - 0x10000))
                printf -v ch '\\u%04x\\u%04x' $((0xD800 + (code >> 10))) $((0xDC00 + (code & 0x3FF)))
            else
                printf -v ch '\\u%04x' "$code"
            fi
        fi
        out+=$ch
    done
    printf '%s' "$out"
}

# Creates or updates a password alias without putting the secret on a command line.
password_alias() {
    local name=$1 value=$2 file=$work/alias
    printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$(props_escape "$value")" >"$file"
    if asadmin_list list-password-aliases | has_line "$name"; then
        asadmin --passwordfile "$file" update-password-alias "$name" >/dev/null
    else
        asadmin --passwordfile "$file" create-password-alias "$name" >/dev/null
    fi
    rm -f "$file"
}

config_property() {
    asadmin set-config-property --source domain --propertyName "$1" --propertyValue "$2" >/dev/null
}

# ---------------------------------------------------------------- the server
log "Payara Server via $ASADMIN (admin ${AS_ADMIN_HOST:-localhost}:${AS_ADMIN_PORT:-4848})"
asadmin_list uptime >/dev/null 2>&1 \
    || die "cannot reach the Payara Server admin port; start the domain (asadmin start-domain) or set AS_ADMIN_HOST/AS_ADMIN_PORT/AS_ADMIN_PASSWORDFILE"
version=$(asadmin_list version)
log "$version"
[[ $version == *6.2025.9* ]] || printf 'deploy.sh: warning: Bangfu is tested on Payara Server 6.2025.9\n' >&2

# ---------------------------------------------------------------- PostgreSQL driver
# The driver jar as Maven names it in the EAR (org.postgresql-postgresql-42.7.x.jar) or as downloaded (postgresql-42.7.x.jar).
driver_jar='(org\.postgresql-)?postgresql-[0-9][^/]*\.jar'
libraries=$(asadmin_list list-libraries --type common)
installed=$(grep -E -m1 "^$driver_jar\$" <<<"$libraries" || true)
if [[ -n $installed ]]; then
    log "PostgreSQL JDBC driver already installed: $installed"
else
    driver=${BANGFU_JDBC_DRIVER:-}
    if [[ -z $driver ]]; then
        command -v unzip >/dev/null || die "unzip is needed to take the JDBC driver from the EAR; install it or set BANGFU_JDBC_DRIVER=/path/to/postgresql.jar"
        entry=$(grep -m1 -E "^lib/$driver_jar\$" <<<"$(unzip -Z1 "$BANGFU_EAR")") \
            || die "no PostgreSQL driver found in $BANGFU_EAR; set BANGFU_JDBC_DRIVER=/path/to/postgresql.jar"
        unzip -q -o -j "$BANGFU_EAR" "$entry" -d "$work"
        driver=$work/${entry#lib/}
    fi
    [[ -f $driver ]] || die "no JDBC driver at $driver"
    log "Installing the PostgreSQL JDBC driver $(basename "$driver") in the domain's lib"
    asadmin add-library --type common "$driver" >/dev/null
fi

# ---------------------------------------------------------------- pool and resource
password_alias "$DB_PASSWORD_ALIAS" "$BANGFU_DB_PASSWORD"
if asadmin_list list-jdbc-connection-pools | has_line "$POOL"; then
    log "Updating the JDBC connection pool $POOL"
else
    log "Creating the JDBC connection pool $POOL"
    asadmin create-jdbc-connection-pool \
        --datasourceclassname org.postgresql.ds.PGSimpleDataSource --restype javax.sql.DataSource \
        --steadypoolsize 2 --maxpoolsize 32 \
        --isconnectvalidatereq=true --validationmethod custom-validation \
        --validationclassname org.glassfish.api.jdbc.validation.PostgresConnectionValidation \
        --failconnection=true \
        "$POOL" >/dev/null
fi
pool_prop=resources.jdbc-connection-pool.$POOL.property
asadmin set "$pool_prop.url=$BANGFU_DB_URL" >/dev/null
asadmin set "$pool_prop.user=$BANGFU_DB_USER" >/dev/null
asadmin set "$pool_prop.password=\${ALIAS=$DB_PASSWORD_ALIAS}" >/dev/null
# Plan every statement for its parameters: a generic plan cached on a long-lived pooled connection while a table was
# small stays a sequential scan after it has grown (BangfuDataSource.POSTGRES_OPTIONS, the same for Payara Micro).
asadmin set "$pool_prop.options=-c plan_cache_mode=force_custom_plan" >/dev/null
if ! asadmin_list list-jdbc-resources | has_line "$RESOURCE"; then
    log "Creating the JDBC resource $RESOURCE"
    asadmin create-jdbc-resource --connectionpoolid "$POOL" "$RESOURCE" >/dev/null
fi
log "Checking that $POOL reaches $BANGFU_DB_URL as $BANGFU_DB_USER"
asadmin ping-connection-pool "$POOL" >/dev/null \
    || die "the pool $POOL cannot connect to $BANGFU_DB_URL as $BANGFU_DB_USER: check the URL, user, password and pg_hba.conf (if the driver was only just installed, restart the domain and run this script again)"

# ---------------------------------------------------------------- settings
log "Security: roles are the identity store's groups (default principal-to-role mapping)"
asadmin set configs.config.server-config.security-service.activate-default-principal-to-role-mapping=true >/dev/null
log "HTTP: responses do not name the server (no Server or X-Powered-By header); cookies are SameSite=Lax"
for listener in http-listener-1 http-listener-2; do
    asadmin set "configs.config.server-config.network-config.protocols.protocol.$listener.http.cookie-same-site-enabled=true" >/dev/null
    asadmin set "configs.config.server-config.network-config.protocols.protocol.$listener.http.cookie-same-site-value=Lax" >/dev/null
    asadmin set "configs.config.server-config.network-config.protocols.protocol.$listener.http.server-header=false" >/dev/null
    asadmin set "configs.config.server-config.network-config.protocols.protocol.$listener.http.xpowered-by=false" >/dev/null
done
# persistence.xml and the migrations read BANGFU_DATASOURCE: Bangfu uses the server's pool, not its own data source.
log "Configuration: BANGFU_DATASOURCE=$RESOURCE"
config_property BANGFU_DATASOURCE "$RESOURCE"
if [[ -n ${BANGFU_ADMIN_PASSWORD:-} ]]; then
    log "Configuration: BANGFU_ADMIN_PASSWORD (password alias)"
    password_alias BANGFU_ADMIN_PASSWORD "$BANGFU_ADMIN_PASSWORD"
fi
while IFS= read -r name; do
    [[ $SCRIPT_VARS == *" $name "* || $name == BANGFU_ADMIN_PASSWORD ]] && continue
    if [[ $name == *_PASSWORD ]]; then
        log "Configuration: $name (password alias)"
        password_alias "$name" "${!name}"
    else
        log "Configuration: $name=${!name}"
        config_property "$name" "${!name}"
    fi
done < <(compgen -e | grep -E '^BANGFU_[A-Z0-9_]+$' || true)
# Demo mode only while asked for: a later run without BANGFU_DEMO switches it off.
if [[ -z ${BANGFU_DEMO+set} ]] && asadmin_list get-config-property --source domain --propertyName BANGFU_DEMO >/dev/null 2>&1; then
    log "Configuration: removing BANGFU_DEMO"
    asadmin delete-config-property --source domain --propertyName BANGFU_DEMO >/dev/null
fi

# ---------------------------------------------------------------- the application
log "Deploying $(basename "$BANGFU_EAR") as '$APP_NAME' at context root / (Flyway migrates the schema on start)"
asadmin deploy --force=true --name "$APP_NAME" "$BANGFU_EAR" >/dev/null

# ---------------------------------------------------------------- check
if [[ -z ${BANGFU_CHECK_URL:-} ]]; then
    http_port=$(asadmin_list get configs.config.server-config.network-config.network-listeners.network-listener.http-listener-1.port | sed 's/.*=//')
    BANGFU_CHECK_URL=http://${AS_ADMIN_HOST:-localhost}:$http_port
fi
if command -v curl >/dev/null; then
    log "Waiting for $BANGFU_CHECK_URL/health/ready"
    for _ in $(seq 60); do
        if ready=$(curl -fsS --max-time 5 "$BANGFU_CHECK_URL/health/ready" 2>/dev/null) && [[ $ready == *'"status":"UP"'* ]]; then
            log "Bangfu is up: $BANGFU_CHECK_URL/"
            exit 0
        fi
        sleep 2
    done
    die "Bangfu deployed but $BANGFU_CHECK_URL/health/ready is not UP: ${ready:-no answer}; see the domain's logs/server.log"
else
    log "Deployed. Check $BANGFU_CHECK_URL/health/ready (curl not installed here)"
fi
