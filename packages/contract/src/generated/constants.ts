// Generated from openapi/inspraak.yaml by packages/contract/scripts/generate.mjs (`npm run generate`).
// Do not edit: change the contract and generate again.

/** The limits and enums of `Health`'s properties. */
export const HealthLimits = {
  "status": {
    "enum": [
      "ok"
    ]
  },
  "database": {
    "enum": [
      "sqlite",
      "postgres"
    ]
  }
} as const;

/** The limits and enums of `Participant`'s properties. */
export const ParticipantLimits = {
  "token": {
    "pattern": "^pt_[A-Za-z0-9_-]{20,}$"
  }
} as const;

/** Every value of `PollStatus`, in the contract's order. */
export const PollStatusValues = [
  "scheduled",
  "open",
  "closed"
] as const;

/** Every value of `ResultsVisibility`, in the contract's order. */
export const ResultsVisibilityValues = [
  "always",
  "after-vote",
  "after-close",
  "never"
] as const;

/** Every value of `Selection`, in the contract's order. */
export const SelectionValues = [
  "single",
  "multiple"
] as const;

/** The limits and enums of `PollOption`'s properties. */
export const PollOptionLimits = {
  "label": {
    "minLength": 1,
    "maxLength": 200
  }
} as const;

/** The limits and enums of `Poll`'s properties. */
export const PollLimits = {
  "question": {
    "minLength": 1,
    "maxLength": 300
  },
  "description": {
    "maxLength": 2000
  },
  "options": {
    "minItems": 2,
    "maxItems": 20
  },
  "maxChoices": {
    "minimum": 1,
    "maximum": 20
  },
  "minBallots": {
    "minimum": 0,
    "maximum": 100000
  },
  "integrity": {
    "enum": [
      "open"
    ]
  }
} as const;

/** The limits and enums of `PollOptionInput`'s properties. */
export const PollOptionInputLimits = {
  "label": {
    "minLength": 1,
    "maxLength": 200
  }
} as const;

/** The limits and enums of `PollCreate`'s properties. */
export const PollCreateLimits = {
  "question": {
    "minLength": 1,
    "maxLength": 300
  },
  "description": {
    "maxLength": 2000
  },
  "options": {
    "minItems": 2,
    "maxItems": 20
  },
  "maxChoices": {
    "minimum": 1,
    "maximum": 20
  },
  "minBallots": {
    "minimum": 0,
    "maximum": 100000,
    "default": 0
  }
} as const;

/** The limits and enums of `PollUpdate`'s properties. */
export const PollUpdateLimits = {
  "question": {
    "minLength": 1,
    "maxLength": 300
  },
  "description": {
    "maxLength": 2000
  },
  "options": {
    "minItems": 2,
    "maxItems": 20
  },
  "maxChoices": {
    "minimum": 1,
    "maximum": 20
  },
  "minBallots": {
    "minimum": 0,
    "maximum": 100000
  }
} as const;

/** The limits and enums of `BallotInput`'s properties. */
export const BallotInputLimits = {
  "optionIds": {
    "minItems": 1,
    "maxItems": 20
  }
} as const;

/** The limits and enums of `OptionResult`'s properties. */
export const OptionResultLimits = {
  "count": {
    "minimum": 0
  },
  "percentage": {
    "minimum": 0,
    "maximum": 100
  }
} as const;

/** The limits and enums of `PollResults`'s properties. */
export const PollResultsLimits = {
  "version": {
    "minimum": 0
  },
  "hiddenReason": {
    "enum": [
      "after-vote",
      "after-close",
      "never",
      "below-minimum"
    ]
  },
  "totalBallots": {
    "minimum": 0
  }
} as const;

/** The limits and enums of `Problem`'s properties. */
export const ProblemLimits = {
  "status": {
    "minimum": 400,
    "maximum": 599
  },
  "retryAfter": {
    "minimum": 0
  }
} as const;

/** The limits and enums of `LatLng`'s properties. */
export const LatLngLimits = {
  "lat": {
    "minimum": -90,
    "maximum": 90
  },
  "lng": {
    "minimum": -180,
    "maximum": 180
  }
} as const;

/** The limits and enums of `Bounds`'s properties. */
export const BoundsLimits = {
  "south": {
    "minimum": -90,
    "maximum": 90
  },
  "west": {
    "minimum": -180,
    "maximum": 180
  },
  "north": {
    "minimum": -90,
    "maximum": 90
  },
  "east": {
    "minimum": -180,
    "maximum": 180
  }
} as const;

/** The limits and enums of `TileLayer`'s properties. */
export const TileLayerLimits = {
  "urlTemplate": {
    "minLength": 1,
    "maxLength": 500,
    "pattern": "^https?://"
  },
  "attribution": {
    "minLength": 1,
    "maxLength": 300
  },
  "maxZoom": {
    "minimum": 0,
    "maximum": 22
  }
} as const;

/** The limits and enums of `Geocoder`'s properties. */
export const GeocoderLimits = {
  "kind": {
    "enum": [
      "pdok-locatieserver",
      "nominatim",
      "none"
    ]
  },
  "url": {
    "maxLength": 500
  }
} as const;

/** Every value of `ModerationMode`, in the contract's order. */
export const ModerationModeValues = [
  "pre",
  "post"
] as const;

/** The limits and enums of `CategoryQuestionChoice`'s properties. */
export const CategoryQuestionChoiceLimits = {
  "label": {
    "minLength": 1,
    "maxLength": 200
  }
} as const;

/** The limits and enums of `CategoryQuestion`'s properties. */
export const CategoryQuestionLimits = {
  "label": {
    "minLength": 1,
    "maxLength": 300
  },
  "hint": {
    "maxLength": 500
  },
  "kind": {
    "enum": [
      "text",
      "choice"
    ]
  },
  "choices": {
    "minItems": 2,
    "maxItems": 20
  }
} as const;

/** The limits and enums of `ReportCategory`'s properties. */
export const ReportCategoryLimits = {
  "name": {
    "minLength": 1,
    "maxLength": 200
  },
  "description": {
    "maxLength": 1000
  },
  "questions": {
    "maxItems": 10
  }
} as const;

/** The limits and enums of `FeedbackMap`'s properties. */
export const FeedbackMapLimits = {
  "title": {
    "minLength": 1,
    "maxLength": 200
  },
  "description": {
    "maxLength": 2000
  },
  "zoom": {
    "minimum": 0,
    "maximum": 22
  },
  "minZoom": {
    "minimum": 0,
    "maximum": 22
  },
  "maxZoom": {
    "minimum": 0,
    "maximum": 22
  },
  "categories": {
    "minItems": 1,
    "maxItems": 50
  },
  "limits": {
    "properties": {
      "descriptionMaxLength": {
        "minimum": 1
      },
      "photosPerReport": {
        "minimum": 0
      },
      "photoMaxBytes": {
        "minimum": 1
      }
    }
  }
} as const;

/** The limits and enums of `FeedbackMapCreate`'s properties. */
export const FeedbackMapCreateLimits = {
  "title": {
    "minLength": 1,
    "maxLength": 200
  },
  "description": {
    "maxLength": 2000
  },
  "zoom": {
    "minimum": 0,
    "maximum": 22
  },
  "minZoom": {
    "minimum": 0,
    "maximum": 22,
    "default": 10
  },
  "maxZoom": {
    "minimum": 0,
    "maximum": 22,
    "default": 19
  },
  "categories": {
    "minItems": 1,
    "maxItems": 50
  }
} as const;

/** The limits and enums of `FeedbackMapUpdate`'s properties. */
export const FeedbackMapUpdateLimits = {
  "title": {
    "minLength": 1,
    "maxLength": 200
  },
  "description": {
    "maxLength": 2000
  },
  "zoom": {
    "minimum": 0,
    "maximum": 22
  },
  "minZoom": {
    "minimum": 0,
    "maximum": 22
  },
  "maxZoom": {
    "minimum": 0,
    "maximum": 22
  },
  "categories": {
    "minItems": 1,
    "maxItems": 50
  }
} as const;

/** Every value of `ReportStatus`, in the contract's order. */
export const ReportStatusValues = [
  "open",
  "acknowledged",
  "in-progress",
  "fixed",
  "closed"
] as const;

/** Every value of `ReportModeration`, in the contract's order. */
export const ReportModerationValues = [
  "pending",
  "published",
  "hidden"
] as const;

/** The limits and enums of `ReportCreate`'s properties. */
export const ReportCreateLimits = {
  "lat": {
    "minimum": -90,
    "maximum": 90
  },
  "lng": {
    "minimum": -180,
    "maximum": 180
  },
  "description": {
    "minLength": 1,
    "maxLength": 2000
  },
  "address": {
    "maxLength": 300
  }
} as const;

/** The limits and enums of `ReportStatusUpdate`'s properties. */
export const ReportStatusUpdateLimits = {
  "note": {
    "maxLength": 2000
  }
} as const;

/** The limits and enums of `ReportProperties`'s properties. */
export const ReportPropertiesLimits = {
  "mediaUrls": {
    "maxItems": 3
  },
  "supportCount": {
    "minimum": 0
  }
} as const;

/** The limits and enums of `Report`'s properties. */
export const ReportLimits = {
  "geometry": {
    "properties": {
      "coordinates": {
        "minItems": 2,
        "maxItems": 2
      }
    }
  }
} as const;

/** The limits and enums of `NearbyReport`'s properties. */
export const NearbyReportLimits = {
  "distance": {
    "minimum": 0
  }
} as const;

/** The limits and enums of `NearbyReports`'s properties. */
export const NearbyReportsLimits = {
  "items": {
    "maxItems": 10
  }
} as const;

/** The limits and enums of `CategoryCount`'s properties. */
export const CategoryCountLimits = {
  "count": {
    "minimum": 1
  }
} as const;

/** The limits and enums of `ReportCluster`'s properties. */
export const ReportClusterLimits = {
  "count": {
    "minimum": 1
  }
} as const;

/** The limits and enums of `ReportClusters`'s properties. */
export const ReportClustersLimits = {
  "total": {
    "minimum": 0
  }
} as const;

/** The limits and enums of `ReportPhoto`'s properties. */
export const ReportPhotoLimits = {
  "mediaType": {
    "enum": [
      "image/jpeg"
    ]
  },
  "width": {
    "minimum": 1
  },
  "height": {
    "minimum": 1
  },
  "bytes": {
    "minimum": 1
  }
} as const;

/** The limits and enums of `ReportSupport`'s properties. */
export const ReportSupportLimits = {
  "supportCount": {
    "minimum": 0
  }
} as const;

/** The limits and enums of `ReportErasure`'s properties. */
export const ReportErasureLimits = {
  "erased": {
    "properties": {
      "photos": {
        "minimum": 0
      },
      "supports": {
        "minimum": 0
      },
      "statusUpdates": {
        "minimum": 0
      }
    }
  }
} as const;

/** The limits and enums of `ReportStatusUpdateInput`'s properties. */
export const ReportStatusUpdateInputLimits = {
  "note": {
    "maxLength": 2000
  }
} as const;

/** The limits and enums of `ReportModerationInput`'s properties. */
export const ReportModerationInputLimits = {
  "decision": {
    "enum": [
      "publish",
      "hide"
    ]
  }
} as const;

/** The limits and enums of `BoardCategory`'s properties. */
export const BoardCategoryLimits = {
  "label": {
    "minLength": 1,
    "maxLength": 80
  }
} as const;

/** Every value of `BoardModeration`, in the contract's order. */
export const BoardModerationValues = [
  "pre",
  "post"
] as const;

/** Every value of `BoardStatus`, in the contract's order. */
export const BoardStatusValues = [
  "open",
  "closed"
] as const;

/** The limits and enums of `Board`'s properties. */
export const BoardLimits = {
  "title": {
    "minLength": 1,
    "maxLength": 200
  },
  "description": {
    "maxLength": 2000
  },
  "categories": {
    "minItems": 1,
    "maxItems": 30
  },
  "supportThreshold": {
    "minimum": 1,
    "maximum": 1000000
  }
} as const;

/** The limits and enums of `BoardCreate`'s properties. */
export const BoardCreateLimits = {
  "title": {
    "minLength": 1,
    "maxLength": 200
  },
  "description": {
    "maxLength": 2000
  },
  "categories": {
    "minItems": 1,
    "maxItems": 30
  },
  "supportThreshold": {
    "minimum": 1,
    "maximum": 1000000
  }
} as const;

/** The limits and enums of `BoardUpdate`'s properties. */
export const BoardUpdateLimits = {
  "title": {
    "minLength": 1,
    "maxLength": 200
  },
  "description": {
    "maxLength": 2000
  },
  "categories": {
    "minItems": 1,
    "maxItems": 30
  },
  "supportThreshold": {
    "minimum": 1,
    "maximum": 1000000
  }
} as const;

/** Every value of `IdeaStatus`, in the contract's order. */
export const IdeaStatusValues = [
  "submitted",
  "under-consideration",
  "accepted",
  "rejected",
  "implemented"
] as const;

/** The limits and enums of `Location`'s properties. */
export const LocationLimits = {
  "lat": {
    "minimum": -90,
    "maximum": 90
  },
  "lng": {
    "minimum": -180,
    "maximum": 180
  }
} as const;

/** The limits and enums of `Moderation`'s properties. */
export const ModerationLimits = {
  "state": {
    "enum": [
      "pending",
      "published",
      "hidden"
    ]
  },
  "hiddenReason": {
    "maxLength": 1000
  }
} as const;

/** The limits and enums of `StatusHistoryEntry`'s properties. */
export const StatusHistoryEntryLimits = {
  "note": {
    "maxLength": 1000
  }
} as const;

/** The limits and enums of `OfficialAnswer`'s properties. */
export const OfficialAnswerLimits = {
  "text": {
    "minLength": 1,
    "maxLength": 5000
  }
} as const;

/** The limits and enums of `Idea`'s properties. */
export const IdeaLimits = {
  "title": {
    "minLength": 10,
    "maxLength": 120
  },
  "description": {
    "maxLength": 5000
  },
  "place": {
    "maxLength": 200
  },
  "displayName": {
    "maxLength": 60
  },
  "supportCount": {
    "minimum": 0
  },
  "commentCount": {
    "minimum": 0
  }
} as const;

/** The limits and enums of `IdeaInput`'s properties. */
export const IdeaInputLimits = {
  "title": {
    "minLength": 10,
    "maxLength": 120,
    "pattern": "\\S"
  },
  "description": {
    "maxLength": 5000,
    "default": ""
  },
  "place": {
    "minLength": 1,
    "maxLength": 200
  },
  "displayName": {
    "minLength": 1,
    "maxLength": 60
  }
} as const;

/** The limits and enums of `IdeaReceipt`'s properties. */
export const IdeaReceiptLimits = {
  "token": {
    "pattern": "^irc_[A-Za-z0-9_-]{20,100}$"
  }
} as const;

/** The limits and enums of `SimilarIdea`'s properties. */
export const SimilarIdeaLimits = {
  "supportCount": {
    "minimum": 0
  },
  "score": {
    "minimum": 0,
    "maximum": 1
  }
} as const;

/** The limits and enums of `SimilarIdeas`'s properties. */
export const SimilarIdeasLimits = {
  "items": {
    "maxItems": 5
  }
} as const;

/** The limits and enums of `IdeaSupport`'s properties. */
export const IdeaSupportLimits = {
  "supportCount": {
    "minimum": 0
  }
} as const;

/** The limits and enums of `IdeaErasure`'s properties. */
export const IdeaErasureLimits = {
  "erased": {
    "properties": {
      "comments": {
        "minimum": 0
      },
      "supports": {
        "minimum": 0
      },
      "flags": {
        "minimum": 0
      }
    }
  }
} as const;

/** The limits and enums of `Comment`'s properties. */
export const CommentLimits = {
  "body": {
    "minLength": 1,
    "maxLength": 2000
  },
  "displayName": {
    "maxLength": 60
  }
} as const;

/** The limits and enums of `CommentInput`'s properties. */
export const CommentInputLimits = {
  "body": {
    "minLength": 1,
    "maxLength": 2000,
    "pattern": "\\S"
  },
  "displayName": {
    "minLength": 1,
    "maxLength": 60
  }
} as const;

/** The limits and enums of `FlagInput`'s properties. */
export const FlagInputLimits = {
  "reason": {
    "enum": [
      "spam",
      "offensive",
      "personal-data",
      "off-topic",
      "other"
    ]
  },
  "detail": {
    "minLength": 1,
    "maxLength": 500
  }
} as const;

/** The limits and enums of `Flag`'s properties. */
export const FlagLimits = {
  "targetType": {
    "enum": [
      "idea",
      "comment"
    ]
  },
  "reason": {
    "enum": [
      "spam",
      "offensive",
      "personal-data",
      "off-topic",
      "other"
    ]
  }
} as const;

/** The limits and enums of `HideInput`'s properties. */
export const HideInputLimits = {
  "reason": {
    "minLength": 1,
    "maxLength": 1000
  }
} as const;

/** The limits and enums of `StatusChange`'s properties. */
export const StatusChangeLimits = {
  "note": {
    "minLength": 1,
    "maxLength": 1000
  }
} as const;

/** The limits and enums of `AnswerInput`'s properties. */
export const AnswerInputLimits = {
  "text": {
    "minLength": 1,
    "maxLength": 5000,
    "pattern": "\\S"
  }
} as const;

/** The limits and enums of `ModerationItem`'s properties. */
export const ModerationItemLimits = {
  "type": {
    "enum": [
      "idea",
      "comment"
    ]
  },
  "reason": {
    "enum": [
      "pending",
      "flagged"
    ]
  },
  "flagCount": {
    "minimum": 0
  },
  "flagReasons": {
    "items": {
      "enum": [
        "spam",
        "offensive",
        "personal-data",
        "off-topic",
        "other"
      ]
    }
  }
} as const;

/** The limits of `streamResultsOfPolls`'s query parameters. */
export const streamResultsOfPollsQuery = {
  "pollIds": {
    "minItems": 1,
    "maxItems": 20
  }
} as const;

/** The limits of `listPolls`'s query parameters. */
export const listPollsQuery = {
  "limit": {
    "minimum": 1,
    "maximum": 100,
    "default": 20
  },
  "cursor": {
    "maxLength": 200
  }
} as const;

/** The limits of `listReports`'s query parameters. */
export const listReportsQuery = {
  "bbox": {
    "maxLength": 120,
    "pattern": "^-?\\d{1,3}(\\.\\d+)?,-?\\d{1,2}(\\.\\d+)?,-?\\d{1,3}(\\.\\d+)?,-?\\d{1,2}(\\.\\d+)?$"
  },
  "category": {
    "minLength": 1,
    "maxLength": 64,
    "pattern": "^[A-Za-z0-9_-]+$"
  },
  "status": {
    "enum": [
      "open",
      "acknowledged",
      "in-progress",
      "fixed",
      "closed"
    ]
  },
  "limit": {
    "minimum": 1,
    "maximum": 100,
    "default": 20
  },
  "cursor": {
    "maxLength": 200
  }
} as const;

/** The limits of `listNearbyReports`'s query parameters. */
export const listNearbyReportsQuery = {
  "lat": {
    "minimum": -90,
    "maximum": 90
  },
  "lng": {
    "minimum": -180,
    "maximum": 180
  },
  "category": {
    "minLength": 1,
    "maxLength": 64,
    "pattern": "^[A-Za-z0-9_-]+$"
  },
  "radius": {
    "minimum": 1,
    "maximum": 1000,
    "default": 50
  }
} as const;

/** The limits of `getReportClusters`'s query parameters. */
export const getReportClustersQuery = {
  "bbox": {
    "maxLength": 120,
    "pattern": "^-?\\d{1,3}(\\.\\d+)?,-?\\d{1,2}(\\.\\d+)?,-?\\d{1,3}(\\.\\d+)?,-?\\d{1,2}(\\.\\d+)?$"
  },
  "zoom": {
    "minimum": 0,
    "maximum": 22
  },
  "category": {
    "minLength": 1,
    "maxLength": 64,
    "pattern": "^[A-Za-z0-9_-]+$"
  },
  "status": {
    "enum": [
      "open",
      "acknowledged",
      "in-progress",
      "fixed",
      "closed"
    ]
  }
} as const;

/** The limits of `getReportByReceipt`'s query parameters. */
export const getReportByReceiptQuery = {
  "receipt": {
    "maxLength": 100,
    "pattern": "^rr_[A-Za-z0-9_-]{20,}$"
  }
} as const;

/** The limits of `eraseReportByReceipt`'s query parameters. */
export const eraseReportByReceiptQuery = {
  "receipt": {
    "maxLength": 100,
    "pattern": "^rr_[A-Za-z0-9_-]{20,}$"
  }
} as const;

/** The limits of `listAdminReports`'s query parameters. */
export const listAdminReportsQuery = {
  "moderation": {
    "enum": [
      "pending",
      "published",
      "hidden"
    ]
  },
  "category": {
    "minLength": 1,
    "maxLength": 64,
    "pattern": "^[A-Za-z0-9_-]+$"
  },
  "status": {
    "enum": [
      "open",
      "acknowledged",
      "in-progress",
      "fixed",
      "closed"
    ]
  },
  "limit": {
    "minimum": 1,
    "maximum": 100,
    "default": 20
  },
  "cursor": {
    "maxLength": 200
  }
} as const;

/** The limits of `listIdeas`'s query parameters. */
export const listIdeasQuery = {
  "sort": {
    "default": "newest",
    "enum": [
      "newest",
      "most-supported"
    ]
  },
  "category": {
    "minLength": 1,
    "maxLength": 64,
    "pattern": "^[A-Za-z0-9_-]+$"
  },
  "status": {
    "enum": [
      "submitted",
      "under-consideration",
      "accepted",
      "rejected",
      "implemented"
    ]
  },
  "limit": {
    "minimum": 1,
    "maximum": 100,
    "default": 20
  },
  "cursor": {
    "maxLength": 200
  }
} as const;

/** The limits of `findSimilarIdeas`'s query parameters. */
export const findSimilarIdeasQuery = {
  "q": {
    "minLength": 3,
    "maxLength": 200
  }
} as const;

/** The limits of `getIdeaByReceipt`'s query parameters. */
export const getIdeaByReceiptQuery = {
  "receipt": {
    "pattern": "^irc_[A-Za-z0-9_-]{20,100}$"
  }
} as const;

/** The limits of `eraseIdeaByReceipt`'s query parameters. */
export const eraseIdeaByReceiptQuery = {
  "receipt": {
    "pattern": "^irc_[A-Za-z0-9_-]{20,100}$"
  }
} as const;

/** The limits of `listComments`'s query parameters. */
export const listCommentsQuery = {
  "limit": {
    "minimum": 1,
    "maximum": 100,
    "default": 20
  },
  "cursor": {
    "maxLength": 200
  }
} as const;

/** The limits of `listModerationQueue`'s query parameters. */
export const listModerationQueueQuery = {
  "boardId": {
    "minLength": 1,
    "maxLength": 64,
    "pattern": "^[A-Za-z0-9_-]+$"
  },
  "limit": {
    "minimum": 1,
    "maximum": 100,
    "default": 20
  },
  "cursor": {
    "maxLength": 200
  }
} as const;
