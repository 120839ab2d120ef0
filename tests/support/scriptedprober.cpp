#include "tests/support/scriptedprober.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace cd::test {

ScriptedProber::ScriptedProber(QObject *parent)
    : NodeProber(parent)
{}

ScriptedProber::~ScriptedProber() = default;

void ScriptedProber::probe(const QList<Request> &nodes, int, int)
{
    for (const Request &r : nodes) {
        probed << r.node;
        addresses.insert(r.node, r.addresses);
        const QString what = script.value(r.node, u"alive"_s);
        QTimer::singleShot(1, this, [this, r, what, generation = m_generation] {
            if (generation != m_generation)
                return;
            if (what == u"alive")
                emit alive(r.node, r.addresses.value(0));
            else if (what == u"fail" || what == u"changed")
                emit failed(r.node, u"scripted failure"_s, what == u"changed");
        });
    }
}

void ScriptedProber::cancel()
{
    ++cancels;
    ++m_generation;
}

} // namespace cd::test
