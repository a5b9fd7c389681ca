#!/usr/bin/env bash
# Makes SiteGen's release artefacts in dist/ (git-ignored), from this checkout:
#   sitegen-VERSION-linux-x64.tar.gz     self-contained: runs with no .NET installed
#   sitegen-VERSION-linux-arm64.tar.gz   the same for 鲲鹏/飞腾 (aarch64) servers
#   sitegen-VERSION-win-x64.zip          the same for Windows
#   SiteGen.VERSION.nupkg                the .NET tool (dotnet tool install), for machines with .NET
#   SHA256SUMS                           sha256sum -c format, over every file above
# Each archive holds one folder sitegen-VERSION-RID/ with the sitegen binary, the .NET runtime,
# themes/, templates/ (what `sitegen init` writes), LICENSE and THIRD-PARTY-NOTICES.md.
#
# Usage: scripts/release.sh [VERSION] [--rid RID]... [--no-tool]
#   VERSION    X.Y.Z (default: <Version> of generator/SiteGen/SiteGen.csproj); what --version prints
#   --rid RID  only this platform (repeatable); tests use --rid linux-x64 to spend a third of the CPU
#   --no-tool  skip the .NET tool package
# SHA256SUMS always lists exactly the artefacts of this version present in dist/.
#
# Every platform is ReadyToRun-compiled from this x64 machine (crossgen2 cross-compiles; its
# packages and the target runtime packs come from NuGet), as one composite image with the .NET
# libraries (SiteGen.csproj): a build starts with compiled code. A minute or two of CPU per platform.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
project="$here/generator/SiteGen/SiteGen.csproj"

version="" rids=() tool=1
while [ $# -gt 0 ]; do
  case "$1" in
    --rid) [ $# -ge 2 ] || { echo "release.sh: --rid needs a value (linux-x64, linux-arm64, win-x64)" >&2; exit 2; }
           rids+=("$2"); shift 2 ;;
    --rid=*) rids+=("${1#--rid=}"); shift ;;
    --no-tool) tool=0; shift ;;
    -h|--help) sed -n '2,16p' "$0"; exit 0 ;;
    -*) echo "release.sh: unknown option $1" >&2; exit 2 ;;
    *) [ -z "$version" ] || { echo "release.sh: one VERSION only (got $version and $1)" >&2; exit 2; }
       version="$1"; shift ;;
  esac
done
[ ${#rids[@]} -gt 0 ] || rids=(linux-x64 linux-arm64 win-x64)
for rid in "${rids[@]}"; do
  case "$rid" in linux-x64|linux-arm64|win-x64) ;; *) echo "release.sh: unsupported RID $rid (linux-x64, linux-arm64, win-x64)" >&2; exit 2 ;; esac
done
if [ -z "$version" ]; then
  version="$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' "$project" | head -n1)"
fi
if ! [[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$ ]]; then
  echo "release.sh: version \"$version\" is not X.Y.Z (or X.Y.Z-suffix)" >&2; exit 2
fi

dist="$here/dist"
work="$dist/.work"
mkdir -p "$dist"
rm -rf "$work"
mkdir -p "$work"
# Archives of one release are byte-identical from run to run: fixed order, owner and times.
epoch="$(git -C "$here" log -1 --format=%ct 2>/dev/null || echo 0)"

run() {
  local log="$work/$1.log"; shift
  if ! "$@" >"$log" 2>&1; then cat "$log" >&2; echo "release.sh: failed: $*" >&2; exit 1; fi
}

for rid in "${rids[@]}"; do
  name="sitegen-$version-$rid"
  out="$work/$name"
  echo "release.sh: $name (self-contained, ReadyToRun)…" >&2
  start=$SECONDS
  # A separate intermediate folder per RID and release, so a developer's ./sitegen build
  # (bin/publish-RID) and a release never share half-built files.
  run "publish-$rid" dotnet publish "$project" -c Release -r "$rid" -o "$out" --nologo \
    -p:Version="$version" -p:IntermediateOutputPath="$work/obj-$rid/" -p:OutputPath="$work/bin-$rid/" \
    -p:DebugType=none -p:GenerateDocumentationFile=false
  cp "$here/LICENSE" "$here/THIRD-PARTY-NOTICES.md" "$out/"
  rm -f "$out"/*.pdb
  [ -d "$out/themes/default" ] && [ -f "$out/templates/site/site.yml" ] || { echo "release.sh: $name lacks themes/ or templates/" >&2; exit 1; }
  case "$rid" in
    win-*) archive="$name.zip"; rm -f "$dist/$archive"
           (cd "$work" && find "$name" -exec touch -h -d "@$epoch" {} + && find "$name" -print | LC_ALL=C sort | zip -q -X -@ "$dist/$archive") ;;
    *)     archive="$name.tar.gz"
           tar -C "$work" --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$epoch" -cf - "$name" | gzip -n >"$dist/$archive" ;;
  esac
  echo "release.sh: dist/$archive ($(du -h "$dist/$archive" | cut -f1), $((SECONDS - start)) s)" >&2
done

if [ "$tool" = 1 ]; then
  echo "release.sh: SiteGen.$version.nupkg (.NET tool)…" >&2
  run pack dotnet pack "$project" -c Release -o "$dist" --nologo -p:Version="$version" \
    -p:IntermediateOutputPath="$work/obj-tool/" -p:OutputPath="$work/bin-tool/"
fi

# SHA256SUMS over this version's artefacts in dist/ (those of an earlier --rid run included).
(
  cd "$dist"
  shopt -s nullglob
  artefacts=("sitegen-$version-"*.tar.gz "sitegen-$version-"*.zip "SiteGen.$version".nupk[g])
  [ ${#artefacts[@]} -gt 0 ] && printf '%s\n' "${artefacts[@]}" | LC_ALL=C sort | xargs sha256sum >SHA256SUMS
)
rm -rf "$work"
echo "release.sh: done → $dist" >&2
cat "$dist/SHA256SUMS"
