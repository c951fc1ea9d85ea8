#!/usr/bin/env bash
# Builds and lints every .bicep file under infra/ with the Bicep CLI from NuGet (Azure.Bicep.CommandLine.linux-x64,
# version BicepCliVersion in Directory.Packages.props, downloaded by restoring the tests project). Fails on any error
# and on any warning or other diagnostic. The ARM JSON is written to a temporary folder, never into the repository.
# Offline: bicep checks resource types against the types it ships.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"

version="$(sed -n 's:.*<BicepCliVersion>\(.*\)</BicepCliVersion>.*:\1:p' Directory.Packages.props)"
if [ -z "$version" ]; then
  echo "bicep.sh: BicepCliVersion is missing from Directory.Packages.props" >&2
  exit 1
fi

packages="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
bicep="$packages/azure.bicep.commandline.linux-x64/$version/tools/bicep"
if [ ! -x "$bicep" ]; then
  echo "bicep.sh: restoring tests/CooperationBot.Tests for the Bicep CLI $version"
  dotnet restore tests/CooperationBot.Tests/CooperationBot.Tests.csproj >/dev/null
fi
if [ ! -x "$bicep" ]; then
  echo "bicep.sh: no bicep binary at $bicep after the restore" >&2
  exit 1
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT

status=0
count=0
while IFS= read -r -d '' file; do
  count=$((count + 1))
  name="$(echo "${file#infra/}" | tr '/' '_')"
  for step in build lint; do
    if [ "$step" = build ]; then
      args=(build "$file" --outfile "$out/${name%.bicep}.json")
    else
      args=(lint "$file")
    fi
    if ! diagnostics="$("$bicep" "${args[@]}" 2>&1)"; then
      echo "bicep.sh: bicep $step $file failed" >&2
      status=1
    fi
    if [ -n "$diagnostics" ]; then
      echo "$diagnostics" >&2
      echo "bicep.sh: bicep $step $file reported the diagnostics above" >&2
      status=1
    fi
  done
done < <(find infra -name '*.bicep' -print0 | sort -z)

if [ "$count" -eq 0 ]; then
  echo "bicep.sh: no .bicep files under infra/" >&2
  exit 1
fi
if [ "$status" -eq 0 ]; then
  echo "bicep.sh: $count files built and linted with Bicep $version: 0 errors, 0 warnings"
fi
exit "$status"
