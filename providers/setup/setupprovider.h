#pragma once

#include "providers/setup/setuprequest.h"

#include <QObject>

#include <memory>

namespace cd {

// One configuration run in progress: start() returns at once; events arrive as they happen;
// finished() comes exactly once (also after cancel()).
class SetupRun : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SetupRun)

public:
    explicit SetupRun(QObject *parent = nullptr);
    ~SetupRun() override;

    virtual void start() = 0;
    // Stops the run and everything it started; finished() then reports Cancelled.
    virtual void cancel() = 0;

signals:
    void event(const cd::SetupEvent &event);
    void finished(const cd::SetupResult &result);
};

// Configures started nodes so they become a working cluster (the seed's Setup Provider).
class SetupProvider
{
public:
    virtual ~SetupProvider();
    virtual QString typeName() const = 0;
    // A run not yet started, so the caller connects first.
    virtual std::unique_ptr<SetupRun> createRun(const SetupRequest &request) = 0;
};

} // namespace cd
