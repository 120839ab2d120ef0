#include "model/models/templatemodel.h"
#include "model/repository/memoryclusterrepository.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace cd;
using namespace Qt::StringLiterals;

namespace {

NodeKindSpec kind(const QString &name, int count, int min)
{
    NodeKindSpec k;
    k.name = name;
    k.count = count;
    k.minCount = min;
    return k;
}

} // namespace

class TestTemplateModel final : public QObject
{
    Q_OBJECT

private slots:
    void listsTemplates();
};

void TestTemplateModel::listsTemplates()
{
    MemoryClusterRepository repo;
    TemplateModel model(&repo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);

    ClusterTemplate slurm;
    slurm.name = u"slurm"_s;
    slurm.cloud = u"hobbes"_s;
    slurm.kinds = {kind(u"frontend"_s, 1, 1), kind(u"compute"_s, 4, 2)};
    ClusterTemplate broken;
    broken.name = u"azure-slurm"_s;
    broken.notStartableReason = u"The cloud provider “azure” is not supported."_s;
    broken.kinds = {kind(u"frontend"_s, 1, 1)};
    QVERIFY(repo.saveConfig({{}, {}, {}, {slurm, broken}}).ok());

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, TemplateModel::NameColumn).data().toString(), u"azure-slurm"_s);
    QCOMPARE(model.index(0, 0).data(TemplateModel::StartableRole).toBool(), false);
    QCOMPARE(model.index(0, TemplateModel::StatusColumn).data(Qt::ToolTipRole).toString(),
             broken.notStartableReason);
    QCOMPARE(model.index(1, TemplateModel::KindsColumn).data().toString(),
             u"frontend×1, compute×4 (min 2)"_s);
    QCOMPARE(model.index(1, TemplateModel::NodesColumn).data().toInt(), 5);
    QCOMPARE(model.index(1, TemplateModel::StatusColumn).data().toString(), u"Ready to start"_s);

    QVERIFY(repo.removeTemplate(u"azure-slurm"_s).ok());
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestTemplateModel)
#include "tst_templatemodel.moc"
