#!/usr/bin/env bash
# 检查、生成、核验并发布本站（Jenkins、Gitea、GitLab、GitHub 或任何内网 CI 都调用这一个脚本）。
# Checks, builds, verifies and publishes this site; the GitHub and GitLab templates call it too.
#
# 用法 / usage:  ci/publish.sh [install] [check] [build] [verify] [publish]   （不带参数：全部步骤）
#
# 变量（在 CI 的变量或机密设置中给出）/ variables:
#   SITEGEN_RELEASE   必填：SiteGen 发布包所在位置，网址或内网路径（目录），其中有
#                     sitegen-VERSION-linux-x64.tar.gz（或 linux-arm64）和 SHA256SUMS
#   SITEGEN_VERSION   SiteGen 版本（默认：建站时的版本 {{sitegen_version}}）
#   SITEGEN_SHA256    建议填写：发布包的 SHA256（从核对过的 SHA256SUMS 抄来）。不填时按
#                     SITEGEN_RELEASE 中的 SHA256SUMS 核对
#   DEPLOY_TARGET     发布目标，rsync 的 用户@主机:/目录（如 deploy@10.0.0.5:/var/www/site）；
#                     不填时不发布（合并请求的检查）
#   DEPLOY_SSH_KEY    发布用的 SSH 私钥内容（不填则用 CI 机器上已配置的密钥）
#   DEPLOY_KNOWN_HOSTS  服务器的 known_hosts 行（ssh-keyscan 得到后核对）；不填则用机器上已有的
#   DEPLOY_SSH_PORT   SSH 端口（默认 22）
#   SITEGEN_SIGNING_KEY   签名私钥（PEM 内容），给出时清单带签名（sitegen build 直接读取）
#   SITEGEN_PUBLIC_KEY    签名公钥文件（PEM），给出时 verify 还核对签名
#
# 日期不会让发布失败：check 和 build 不用 --strict，栏目更新、解读时限等日期相关的提醒只作为警告；
# 只有内容错误（缺少必填文档属性、链接断开等）才使发布停止，网站保持上一次的版本。
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

version="${SITEGEN_VERSION:-{{sitegen_version}}}"
case "$(uname -m)" in
  x86_64 | amd64) rid=linux-x64 ;;
  aarch64 | arm64) rid=linux-arm64 ;;
  *) echo "publish.sh: 不支持的处理器架构 $(uname -m)（支持 x86_64、aarch64）" >&2; exit 2 ;;
esac
archive="sitegen-$version-$rid.tar.gz"
home="$PWD/.sitegen"                 # 下载的 SiteGen 和取回的服务器副本（已在 .gitignore 中）
bin="$home/sitegen-$version-$rid/sitegen"
if [ -n "${GITHUB_ACTIONS:-}" ]; then format=github; elif [ -n "${GITLAB_CI:-}" ]; then format=gitlab; else format=text; fi

# 取得发布目录中的一个文件：网址用 curl，其余当作路径（内网共享目录、挂载盘）。
fetch() {
  case "$SITEGEN_RELEASE" in
    http://* | https://*) curl -fsSL --retry 3 -o "$2" "${SITEGEN_RELEASE%/}/$1" ;;
    *) cp "${SITEGEN_RELEASE%/}/$1" "$2" ;;
  esac
}

step_install() {
  if [ -x "$bin" ]; then
    echo "SiteGen $version 已安装：$bin"
  else
    : "${SITEGEN_RELEASE:?请设置 SITEGEN_RELEASE：SiteGen 发布包所在的网址或目录（SITEGEN_RELEASE is not set）}"
    mkdir -p "$home"
    local tmp; tmp="$(mktemp -d "$home/download.XXXXXX")"
    fetch "$archive" "$tmp/$archive"
    local expected
    if [ -n "${SITEGEN_SHA256:-}" ]; then
      expected="$SITEGEN_SHA256"
    else
      echo "publish.sh: 未设置 SITEGEN_SHA256，按发布目录中的 SHA256SUMS 核对（建议固定 SITEGEN_SHA256）" >&2
      fetch SHA256SUMS "$tmp/SHA256SUMS"
      expected="$(awk -v f="$archive" '$2 == f || $2 == "*" f { print $1 }' "$tmp/SHA256SUMS")"
      [ -n "$expected" ] || { echo "publish.sh: SHA256SUMS 中没有 $archive" >&2; exit 1; }
    fi
    local actual; actual="$(sha256sum "$tmp/$archive" | cut -d' ' -f1)"
    if [ "$actual" != "$expected" ]; then
      echo "publish.sh: $archive 的 SHA256 不符（checksum mismatch）：应为 $expected，实为 $actual；不安装。" >&2
      exit 1
    fi
    rm -rf "$home/sitegen-$version-$rid"
    tar -xzf "$tmp/$archive" -C "$home"
    rm -rf "$tmp"
    echo "已安装 SiteGen $version → $bin（SHA256 $actual）"
  fi
}

sitegen() {
  [ -x "$bin" ] || step_install
  "$bin" "$@"
}

step_check() { sitegen check --format "$format"; }

step_build() { sitegen build --out public --report build-report.json --format "$format"; }

step_verify() {
  local key=()
  [ -n "${SITEGEN_PUBLIC_KEY:-}" ] && key=(--public-key "$SITEGEN_PUBLIC_KEY")
  sitegen verify --out "${1:-public}" "${key[@]}"
}

step_publish() {
  if [ -z "${DEPLOY_TARGET:-}" ]; then
    echo "publish.sh: 未设置 DEPLOY_TARGET，不发布（只检查和生成）。"
    return 0
  fi
  local ssh=(ssh -p "${DEPLOY_SSH_PORT:-22}" -o BatchMode=yes)
  local secrets; secrets="$(mktemp -d)"
  trap 'rm -rf "$secrets"' RETURN
  if [ -n "${DEPLOY_SSH_KEY:-}" ]; then
    printf '%s\n' "$DEPLOY_SSH_KEY" >"$secrets/key"; chmod 600 "$secrets/key"
    ssh+=(-i "$secrets/key" -o IdentitiesOnly=yes)
  fi
  if [ -n "${DEPLOY_KNOWN_HOSTS:-}" ]; then
    printf '%s\n' "$DEPLOY_KNOWN_HOSTS" >"$secrets/known_hosts"
    ssh+=(-o UserKnownHostsFile="$secrets/known_hosts" -o StrictHostKeyChecking=yes)
  fi
  # --delay-updates: new files are moved into place together at the end, so nginx serves the old
  # or the new site, hardly ever a mix; --delete removes what the build no longer writes.
  rsync -rlt --checksum --delete --delay-updates --chmod=D755,F644 -e "${ssh[*]}" public/ "${DEPLOY_TARGET%/}/"
  echo "已发布到 $DEPLOY_TARGET"
  # 核对服务器上的文件：取回一份副本，按构建时写下的清单逐个比对（多出、缺少或改动的文件都会报出）。
  rm -rf "$home/deployed"; mkdir -p "$home/deployed"
  rsync -rlt --delete -e "${ssh[*]}" "${DEPLOY_TARGET%/}/" "$home/deployed/"
  step_verify "$home/deployed"
}

steps=("$@")
[ ${#steps[@]} -gt 0 ] || steps=(install check build verify publish)
for s in "${steps[@]}"; do
  case "$s" in
    install | check | build | verify | publish) echo "== $s"; "step_$s" ;;
    *) echo "publish.sh: 未知步骤 $s（install、check、build、verify、publish）" >&2; exit 2 ;;
  esac
done
