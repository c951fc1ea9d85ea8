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

@description('The HMAC key of briefing links: base64 of at least 32 bytes. Secure unavoidably: it is the secret\'s value, handed over from main.bicep\'s secure parameter, and a plain parameter would put it in the deployment history.')
@secure()
param briefingSigningKey string

@description('The Log Analytics workspace that receives the vault\'s audit log.')
param workspaceId string

// Key Vault Secrets User: read secret contents, nothing else.
var secretsUserRoleId = subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '4633458b-17de-408a-b874-0445c86b69e6')

resource vault 'Microsoft.KeyVault/vaults@2025-05-01' = {
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

resource briefingKey 'Microsoft.KeyVault/vaults/secrets@2025-05-01' = {
  parent: vault
  name: 'briefing-signing-key'
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

resource audit 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'audit'
  scope: vault
  properties: {
    workspaceId: workspaceId
    logs: [
      {
        categoryGroup: 'audit'
        enabled: true
      }
    ]
  }
}

@description('The briefing key\'s URI without a version: a Key Vault reference to it follows rotations.')
output briefingKeySecretUri string = briefingKey.properties.secretUri

@description('The role assignment\'s resource id; the web app waits for it before it resolves the reference.')
output readSecretsAssignmentId string = readSecrets.id
