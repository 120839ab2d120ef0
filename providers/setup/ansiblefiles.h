#pragma once

#include "providers/setup/setuprequest.h"

#include <QProcessEnvironment>

namespace cd {

// The files and the command line of one ansible-playbook run, rendered from a SetupRequest.
// Pure functions, so the exact output can be compared in tests. Paths inside the run
// directory: inventory.ini, ansible.cfg, extra-vars.json (0600), home/, tmp/, cp/, out/.
namespace AnsibleFiles {

QString inventoryPath(const SetupRequest &request);
QString configPath(const SetupRequest &request);
QString extraVarsPath(const SetupRequest &request);
QString outputDirectory(const SetupRequest &request);

// min(nodes, 4 × cores), at least 1.
int forks(const SetupRequest &request);
// One section per group with the host variables on every line, [all:vars] for globals.
QString inventory(const SetupRequest &request);
// ansible.cfg: private home/tmp/control-path dirs, pipelining, forks, jsonl events, SSH with
// the cluster's known_hosts, strict host key checking and the proxy command.
QString config(const SetupRequest &request);
// The cluster facts as one JSON document (passed with -e @file).
QByteArray extraVars(const SetupRequest &request);
// Arguments for ansible-playbook (the program itself not included).
QStringList arguments(const SetupRequest &request);
// `base` without the caller's ANSIBLE_* variables, plus the run's (the profile's
// ansible_<option> settings as ANSIBLE_<OPTION>, never overriding the ones the run relies on).
QProcessEnvironment environment(const SetupRequest &request, const QProcessEnvironment &base);
// The program to run and whether it was found.
QString program(const SetupRequest &request);

// Splits a command line as a POSIX shell would (single and double quotes, backslashes), for
// ansible_extra_args and ansible_command; false in *ok on an unterminated quote.
QStringList splitArguments(const QString &text, bool *ok = nullptr);

// Quoting for shell-like splitters (inventory values, ssh_args): 'a b' → "'a b'".
QString quote(const QString &value);

} // namespace AnsibleFiles
} // namespace cd
