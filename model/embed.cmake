# azimuth_embed(TARGET FUNCTION FILE): compiles FILE into TARGET as
# `std::string_view azimuth::model::resources::FUNCTION()`.
function(azimuth_embed target function file)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${file}")
  file(READ "${file}" AZ_EMBED_TEXT)
  set(AZ_EMBED_FUNCTION "${function}")
  set(out "${CMAKE_CURRENT_BINARY_DIR}/embedded/${function}.cpp")
  configure_file("${CMAKE_CURRENT_SOURCE_DIR}/embedded.cpp.in" "${out}" @ONLY)
  target_sources(${target} PRIVATE "${out}")
endfunction()
