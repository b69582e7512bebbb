#pragma once

#include "net/ApiError.h"

#include <optional>
#include <utility>

/** The outcome of one asynchronous provider call: a value, or an ApiError. */
template <typename T>
struct ApiResult
{
    std::optional<T> value;
    ApiError error;
    /** For a list: items of the answer that could not be read and are left out of value (issue 19 item 4). */
    int unreadableItems = 0;

    bool ok() const { return value.has_value() && !error.isError(); }

    static ApiResult success(T v) { return ApiResult {std::optional<T>(std::move(v)), ApiError()}; }
    static ApiResult failure(ApiError e) { return ApiResult {std::nullopt, std::move(e)}; }
};

/** The outcome of a call that returns nothing on success (delete, update). */
template <>
struct ApiResult<void>
{
    ApiError error;

    bool ok() const { return !error.isError(); }

    static ApiResult success() { return ApiResult {}; }
    static ApiResult failure(ApiError e) { return ApiResult {std::move(e)}; }
};
