// Key Vault (RBAC, no access policies) holding the briefing signing key; the bot's identity may read its secrets.

@description('The vault\'s name (3-24 characters, globally unique).')
@minLength(3)
@maxLength(24)
param name string

@description('Where the vault lives.')
param location string

@description('Tags put on every resource.')
param tags object

@description('The object id of the identity that reads the secrets.')
param readerPrincipalId string

@description('That identity\'s name: it names the role assignment, which must be known before the deployment runs.')
param readerName string

@description('The HMAC key of briefing links: base64 of at least 32 bytes, written only when the secret of this generation does not exist yet. Secure unavoidably: it is the secret\'s value, handed over from main.bicep\'s secure parameter, and a plain parameter would put it in the deployment history.')
@secure()
param briefingSigningKey string

@description('The briefing key\'s generation: the secret is briefing-signing-key-<generation>. A new number makes a new key (rotation); the same number keeps the key there is.')
@minValue(1)
param briefingKeyGeneration int

@description('The Log Analytics workspace that receives the vault\'s audit log.')
param workspaceId string

// Key Vault Secrets User: read secret contents, nothing else.
var secretsUserRoleId = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')

resource vault 'Microsoft.KeyVault/vaults@2026-05-15' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
    // App Service without a virtual network reaches the vault over its public endpoint; access is by RBAC only.
    publicNetworkAccess: 'Enabled'
  }
}

// Written once: on a redeployment the secret exists and ARM leaves it as it is, so briefing links handed out before
// keep working. briefingKeyGeneration names a new secret to rotate the key.
@onlyIfNotExists()
resource briefingKey 'Microsoft.KeyVault/vaults/secrets@2026-05-15' = {
  parent: vault
  name: 'briefing-signing-key-${briefingKeyGeneration}'
  properties: {
    value: briefingSigningKey
    contentType: 'base64 HMAC key of briefing links'
  }
}

resource readSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, readerName, secretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: secretsUserRoleId
    principalId: readerPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Diagnostic settings at 2016-09-01, the newest stable version in Bicep 0.49.2's types (see bicepconfig.json): at
// that version the setting is named 'service', has a location, and lists categories (AuditEvent: every access).
resource audit 'Microsoft.Insights/diagnosticSettings@2016-09-01' = {
  name: 'service'
  location: location
  scope: vault
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        category: 'AuditEvent'
        enabled: true
      }
    ]
  }
}

@description('The briefing key\'s URI without a version (the app setting\'s Key Vault reference). Made from the vault\'s URI, not read from the secret, which a redeployment leaves untouched.')
output briefingKeySecretUri string = '${vault.properties.vaultUri}secrets/${briefingKey.name}'

@description('The role assignment\'s resource id; the web app waits for it before it resolves the reference.')
output readSecretsAssignmentId string = readSecrets.id
