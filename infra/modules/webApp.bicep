// App Service on Linux for .NET 10 running the bot: HTTPS only, TLS 1.2 or higher, FTP off, always on, the
// platform health check on /readyz, and the bot's managed identity attached (also for Key Vault references).

@description('The web app\'s name (globally unique: it is the host name <name>.azurewebsites.net).')
param name string

@description('Where the plan and the app live.')
param location string

@description('Tags put on every resource.')
param tags object

@description('The App Service plan\'s SKU, e.g. B1 or P0v3 (always on needs Basic or higher).')
param skuName string

@description('How many instances run. More than one needs the PostgreSQL store.')
@minValue(1)
@maxValue(10)
param instanceCount int

@description('The resource id of the user-assigned identity the app runs as.')
param identityId string

@description('The app settings, as name/value pairs.')
param appSettings array

@description('The Log Analytics workspace that receives the app\'s logs.')
param workspaceId string

resource plan 'Microsoft.Web/serverfarms@2025-03-01' = {
  name: '${name}-plan'
  location: location
  tags: tags
  kind: 'linux'
  sku: {
    name: skuName
    capacity: instanceCount
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2025-03-01' = {
  name: name
  location: location
  tags: tags
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identityId}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    clientAffinityEnabled: false
    keyVaultReferenceIdentity: identityId
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: true
      ftpsState: 'Disabled'
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      http20Enabled: true
      healthCheckPath: '/readyz'
      appSettings: appSettings
    }
  }
}

// No FTP user name and password either (deployments use Entra ID).
resource ftpCredentials 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2025-03-01' = {
  parent: site
  name: 'ftp'
  properties: {
    allow: false
  }
}

// Diagnostic settings at 2016-09-01, the newest stable version in Bicep 0.49.2's types (see bicepconfig.json): at
// that version the setting is named 'service' and has a location.
resource logs 'Microsoft.Insights/diagnosticSettings@2016-09-01' = {
  name: 'service'
  location: location
  scope: site
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        category: 'AppServiceHTTPLogs'
        enabled: true
      }
      {
        category: 'AppServiceConsoleLogs'
        enabled: true
      }
      {
        category: 'AppServiceAppLogs'
        enabled: true
      }
      {
        category: 'AppServicePlatformLogs'
        enabled: true
      }
    ]
  }
}

@description('The web app\'s resource id (the Agents Toolkit zip-deploys to it).')
output id string = site.id

@description('The web app\'s default host name, e.g. cooperationbot.azurewebsites.net.')
output defaultHostName string = site.properties.defaultHostName
