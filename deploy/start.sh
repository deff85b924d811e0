#!/usr/bin/env bash
# Starts Jiebang from a prepared Payara Micro root directory with a class-data-sharing archive,
# for quicker restarts than `java -jar jiebang.jar` (bench/startup.sh measures both).
#
#   deploy/start.sh [Payara Micro options, e.g. --port 8080 --logtofile FILE]
#   deploy/start.sh --prepare        prepares and exits (an image build, a deployment step)
#
# The first start after the jar (its checksum) or the JVM changes prepares the root directory (about one start's
# time): Payara Micro's launcher and runtime unpacked there, the war deployed there (later starts
# neither unpack nor copy it), and an archive of the classes a start loads, recorded while the
# application starts once on a throwaway embedded database in an empty environment (so that the
# recording never touches the real database). Later starts map that archive instead of loading,
# parsing and verifying those classes again. If the archive cannot be used, the JVM starts without it.
#
# Environment:
#   JIEBANG_JAR    the jar (default: target/jiebang.jar of this checkout)
#   JIEBANG_ROOT   the prepared root directory (default: $JIEBANG_DATA_DIR/micro, or ./data/micro);
#                  one per node, writable by the service
#   JIEBANG_CDS    "off" starts without the archive: a Flight Recorder recording crashed the JVM
#                  (17.0.15) that used it, and Java agents that transform classes use the same hook
#   JAVA_OPTS      JVM options (heap and the like; split at spaces), used for the recording (but
#                  for -Djiebang.* settings) and for every start
#   everything else as for the jar (JIEBANG_DB_URL, JIEBANG_DATA_DIR, …: deploy/README.md)
#
# Without a data-grid option (--clustermode, --clustername, --hzconfigfile, --mcaddress, --mcport,
# --clusterpassword) the node runs alone, as the jar does (--nocluster); with one, it joins the data
# grid those options describe. The recording start always runs alone.
#
# The root directory is locked while a node runs from it (and while it is prepared): a second node,
# or --prepare while the node runs, stops with a message instead of pulling the files from under it.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
jar=$(realpath "${JIEBANG_JAR:-$here/../target/jiebang.jar}")
root=${JIEBANG_ROOT:-${JIEBANG_DATA_DIR:-./data}/micro}
read -r -a java_opts <<< "${JAVA_OPTS:-}"
[ -f "$jar" ] || { echo "no jar at $jar: build it with mvn -B package, or set JIEBANG_JAR" >&2; exit 1; }
for tool in unzip flock cksum timeout; do
    command -v "$tool" > /dev/null || { echo "$tool is needed (Debian: apt-get install -y unzip util-linux coreutils)" >&2; exit 1; }
done
mkdir -p "$root"
root=$(realpath "$root")

# the options target/jiebang.jar is built with (pom.xml, the uber-jar execution)
options=(--disablephonehome --minhttpthreads 16 --maxhttpthreads 64)
alone=(--nocluster --hzpublicaddress 127.0.0.1)
port=(--port 8080) # Payara's default; the root directory would otherwise keep the port of its last start
for arg in "$@"; do
    case "${arg,,}" in
        --clustermode | --clustername | --hzconfigfile | --mcaddress | --mcport | --clusterpassword) alone=() ;;
        --port) port=() ;;
    esac
done

prepare() {
    local stamp=$1 tmp recording=()
    echo "preparing $root for $jar (once per jar and JVM)" >&2
    find "$root" -mindepth 1 -maxdepth 1 ! -name .lock -exec rm -rf {} +
    java -jar "$jar" --rootdir "$root" --outputlauncher > "$root/prepare.log" 2>&1 \
        || { echo "preparing failed: see $root/prepare.log" >&2; exit 1; }
    unzip -p "$jar" MICRO-INF/deploy/ROOT.war > "$root/ROOT.war"
    # the recording start never reads the node's settings: no -Djiebang.* of JAVA_OPTS, an empty environment
    for opt in "${java_opts[@]}"; do
        [[ "$opt" == -Djiebang.* ]] || recording+=("$opt")
    done
    tmp=$(mktemp -d)
    # deploys the war into the root directory, starts it once and records the classes it loaded
    env -i PATH="$PATH" HOME="$tmp" LANG=C.UTF-8 JIEBANG_DATA_DIR="$tmp/data" timeout 900 \
        java "${recording[@]}" -XX:ArchiveClassesAtExit="$root/jiebang.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
        -jar "$root/launch-micro.jar" --deploy "$root/ROOT.war" "${options[@]}" --nocluster --hzpublicaddress 127.0.0.1 \
        --port $((20000 + RANDOM % 20000)) --warmup >> "$root/prepare.log" 2>&1 || true
    rm -rf "$tmp" "$root/ROOT.war"
    grep -q "ROOT was successfully deployed" "$root/prepare.log" \
        || { echo "preparing failed, the war was not deployed: see $root/prepare.log" >&2; exit 1; }
    [ -s "$root/jiebang.jsa" ] || echo "no class archive was recorded (see $root/prepare.log): starting without it" >&2
    echo "$stamp" > "$root/prepared"
}

# one node per root directory: the lock is held until the JVM that runs from it ends (it inherits fd 9)
exec 9> "$root/.lock"
flock -n 9 || { echo "$root is in use by a running node or another start: stop it first, or give this node its own JIEBANG_ROOT" >&2; exit 1; }
jvm=$(java "${java_opts[@]}" -version 2>&1) || { echo "java does not start with JAVA_OPTS ($JAVA_OPTS): $jvm" >&2; exit 1; }
stamp="$(cksum < "$jar") $(echo "$jvm" | tr '\n' ' ')"
if [ ! -f "$root/prepared" ] || [ "$(cat "$root/prepared")" != "$stamp" ]; then
    prepare "$stamp"
fi
[ "${1:-}" = "--prepare" ] && exit 0

cds=()
if [ "${JIEBANG_CDS:-on}" != off ] && [ -s "$root/jiebang.jsa" ]; then
    # a warning says so when the JVM cannot use the archive (another JVM, a heap over 32 GB…)
    cds=(-XX:SharedArchiveFile="$root/jiebang.jsa")
fi
exec java "${java_opts[@]}" "${cds[@]}" -jar "$root/launch-micro.jar" "${options[@]}" "${alone[@]}" "${port[@]}" "$@"
