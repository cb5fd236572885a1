namespace Automation;

/// <summary>
/// Services AppVeyor starts on a Windows worker before the build (<c>services:</c>), by NUKE's names: databases for
/// integration tests, IIS and MSMQ.
/// </summary>
#pragma warning disable CA1707, CA1708 // NUKE's names, kept so ported builds compile.
public enum AppVeyorService
#pragma warning restore CA1707, CA1708
{
    /// <summary>SQL Server 2008 R2 SP2.</summary>
    MSSQL2008R2SP2,

    /// <summary>SQL Server 2008 R2 SP2 with Reporting Services.</summary>
    MSSQL2008R2SP2RS,

    /// <summary>SQL Server 2012 SP1.</summary>
    MSSQL2012SP1,

    /// <summary>SQL Server 2012 SP1 with Reporting Services.</summary>
    MSSQL2012SP1RS,

    /// <summary>SQL Server 2014.</summary>
    MSSQL2014,

    /// <summary>SQL Server 2014 with Reporting Services.</summary>
    MSSQL2014RS,

    /// <summary>SQL Server 2016.</summary>
    MSSQL2016,

    /// <summary>SQL Server 2017.</summary>
    MSSQL2017,

    /// <summary>MySQL.</summary>
    MYSQL,

    /// <summary>PostgreSQL 10.1.</summary>
    PostgreSQL101,

    /// <summary>The default PostgreSQL.</summary>
    PostgreSQL,

    /// <summary>PostgreSQL 9.5.</summary>
    PostgreSQL95,

    /// <summary>PostgreSQL 9.4.</summary>
    PostgreSQL94,

    /// <summary>PostgreSQL 9.3.</summary>
    PostgreSQL93,

    /// <summary>MongoDB.</summary>
    MongoDB,

    /// <summary>Internet Information Services.</summary>
    IIS,

    /// <summary>Microsoft Message Queuing.</summary>
    MSMQ,
}
