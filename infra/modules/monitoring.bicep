// Log Analytics and a workspace-based Application Insights: the web app's platform logs and the bot's
// OpenTelemetry export (APPLICATIONINSIGHTS_CONNECTION_STRING) land here.

@description('The base of the resources\' names.')
param baseName string

@description('Where the resources live.')
param location string

@description('Tags put on every resource.')
param tags object

@description('How many days Log Analytics keeps data.')
@minValue(30)
@maxValue(730)
param retentionInDays int

resource workspace 'Microsoft.OperationalInsights/workspaces@2026-03-01' = {
  name: '${baseName}-logs'
  location: location
  tags: tags
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: retentionInDays
  }
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${baseName}-insights'
  location: location
  tags: tags
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
    // Telemetry is accepted with Entra tokens as well as the connection string's key; the key only identifies
    // where data goes (it grants no read access).
    DisableLocalAuth: false
  }
}

@description('The Log Analytics workspace\'s resource id, for diagnostic settings.')
output workspaceId string = workspace.id

@description('Application Insights\' connection string (an ingestion address, not a credential that reads data).')
output appInsightsConnectionString string = appInsights.properties.ConnectionString
