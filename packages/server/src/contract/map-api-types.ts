// The feedback map's shapes, generated from the contract by openapi-typescript (never hand-copied).
import type { components } from '@inspraak/sdk/types';

type Schemas = components['schemas'];
export type FeedbackMap = Schemas['FeedbackMap'];
export type FeedbackMapCreate = Schemas['FeedbackMapCreate'];
export type FeedbackMapUpdate = Schemas['FeedbackMapUpdate'];
export type ReportCategory = Schemas['ReportCategory'];
export type CategoryQuestion = Schemas['CategoryQuestion'];
export type TileLayer = Schemas['TileLayer'];
export type Geocoder = Schemas['Geocoder'];
export type Report = Schemas['Report'];
export type ReportCreate = Schemas['ReportCreate'];
export type ReportPage = Schemas['ReportPage'];
export type ReportCollection = Schemas['ReportCollection'];
export type ReportReceipt = Schemas['ReportReceipt'];
export type ReportErasure = Schemas['ReportErasure'];
export type ReportStatus = Schemas['ReportStatus'];
export type ReportModeration = Schemas['ReportModeration'];
export type NearbyReports = Schemas['NearbyReports'];
export type ReportClusters = Schemas['ReportClusters'];
export type ReportCluster = Schemas['ReportCluster'];
export type ReportPhoto = Schemas['ReportPhoto'];
export type ReportSupport = Schemas['ReportSupport'];
export type ReportStatusUpdateInput = Schemas['ReportStatusUpdateInput'];
export type ReportModerationInput = Schemas['ReportModerationInput'];
