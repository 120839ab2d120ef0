#pragma once

#include <QString>

namespace cd {

// Where files shipped with ClusterDeck are found, relative to the running executable (an
// installed tree: bin/ and share/clusterdeck/; a build tree: next to the binaries).
namespace InstallPaths {

// The Ansible playbooks (%(elasticluster_playbooks)s in imported configs).
QString playbooksDir();

} // namespace InstallPaths
} // namespace cd
