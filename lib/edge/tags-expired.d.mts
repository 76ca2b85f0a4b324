export declare function onTagsExpired(listener: () => void): void;
export declare function announceTagsExpired(): void;
