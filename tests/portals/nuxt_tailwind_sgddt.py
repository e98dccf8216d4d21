"""Fixture portal: Sở GD&ĐT tỉnh Tuyên Quang rebuilt by a vendor as a Nuxt 3 + Tailwind CSS site.

Imitates the news portal a software vendor delivers to a provincial education department after
the 2025 merger: a Nuxt 3 front end rendered on the server (Vue SSR, ``<div id="__nuxt">``,
fragment comments ``<!--[-->`` / ``<!--]-->``, empty ``<!---->`` for a false ``v-if``, scoped
``data-v-xxxxxxxx`` attributes on every element of a component, ``/_nuxt/`` hashed bundles,
images through Nuxt Image ``/_ipx/<modifiers>/uploads/…``) over a headless CMS (Strapi-like
``/uploads/<name>_<hash>.jpg``). Class names are Tailwind utilities only (``max-w-7xl mx-auto
px-4``, ``grid grid-cols-12 gap-6``, ``col-span-12 lg:col-span-8``, ``text-sm text-gray-500``,
``prose prose-lg max-w-none`` …): nothing says "title", "date" or "content". Every page ends with
the ``__NUXT_DATA__`` payload (devalue-flattened JSON, ``<`` written ``\\u003C``) and the
``window.__NUXT__`` config; the article's own JSON (title, sapo, blocks or HTML, author line,
UTC ``publishedAt``) is in it, but the HTML prints everything a reader sees.

What it serves:

- articles ``/tin-tuc/<slug>-<id>``. The route reads only the trailing id: any slug with a known
  id serves the article (``rel=canonical`` names the real slug, absolute on the request's host).
  Two detail templates, chosen per post by the editor:

  * "blocks" (most posts): ``<main>``, ``<nav aria-label="Breadcrumb">``, ``<article>`` and
    ``<aside>``; ``<h1 class="text-2xl font-bold leading-snug …">``; the meta line
    (``text-sm text-gray-500``) with the category, the date and "N lượt xem"; the sapo in
    ``<p class="text-lg font-semibold …">`` outside the body; the body rendered from the CMS's
    rich-text blocks inside ``div.prose.prose-lg.max-w-none`` (``<p>``, ``<h3>``, ``<ul>/<ol>``,
    ``<figure>`` with ``<figcaption class="text-sm italic text-center …">``); the byline
    rendered from the author field as ``<p class="text-right font-semibold">`` after the body,
    a source as ``<p class="text-right text-sm italic">Nguồn: …</p>``; share buttons
    (Facebook, Zalo, copy link, ``window.print()``), "Từ khóa" links to the search, a "Tin liên
    quan" card grid.
  * "legacy" (posts typed in the old portal's editor and migrated, or entered through the
    vendor's quick form): only ``<div>``s, the headline is a ``<div class="text-2xl font-bold
    leading-snug …">`` (no ``<h1>`` on the page), the old editor's HTML inside the prose
    ``div`` via ``v-html`` (justified ``<p style=…>``, CKEditor 4 ``figure.image`` with a bare
    ``<figcaption>``, or an image paragraph followed by a centred ``<em>`` line), a
    "Tin khác" list with dates instead of the card grid.

  Dates are printed either as ``<time datetime="…Z">20/11/2026 14:30</time>`` (the attribute is
  ``toISOString()`` of the CMS value: UTC, seven hours behind the printed local time) or as plain
  text "Thứ sáu, 20/11/2026" (weekday in lower case, as the vendor's formatter writes it); one
  post adds "Cập nhật: 12/11/2026 08:15" after its date.
- listings: ``/tin-tuc`` (all news) and ``/chuyen-muc/<slug>``, ``?page=N`` (1-based; the pager
  links page 1 as ``?page=1``, the menus link it without a query, so page 1 has two URLs; a page
  past the end answers 200 "Chưa có bài viết"); "Hoạt động ngành" runs to three pages.
- ``/tim-kiem?q=`` server-rendered search over titles and tags (``&page=N``); tag links of the
  articles point into it.
- ``/van-ban`` document library (filter tabs ``?loai=…``, ``?page=N``) with per-document pages
  ``/van-ban/<so-ky-hieu>-<id>`` (register fields and a PDF, no text); ``/thu-vien-anh`` and two
  album pages; ``/gioi-thieu``, ``/gioi-thieu/co-cau-to-chuc``, ``/lien-he`` (form + map),
  ``/dang-nhap``; ``/lich-cong-tac`` weekly work calendar; ``/sitemap.xml`` (announced in
  ``robots.txt``) listing every article, category and static page.
- chrome on every page: a top bar with today's date (``TODAY``), hotline and "Đăng nhập"; the
  header with the department's name and a search box; the menu; a sidebar with "Đọc nhiều"
  (ranked), "Tin mới nhất" (with dates), banners, "Văn bản mới" and "Thống kê truy cập"; a
  footer with "Cơ quan chủ quản", address, phone, email, "Chịu trách nhiệm chính" and copyright.

Traps and hard cases:

- the weekly calendar ``/lich-cong-tac?tuan=W&nam=Y`` answers 200 for every ISO week from year 1
  to 9999 and prints "‹ Tuần trước" / "Tuần sau ›": the week links never end in practice;
- the "Đọc nhiều" box links post 18391 under the slug it had before its title was edited
  (``…/truong-thcs-phan-thiet-dat-giai-cao-cuoc-thi-khkt-18391``): the same article under two
  URLs, told apart only by ``rel=canonical`` (that URL is an ``alt_paths`` entry);
- a deleted post still linked from an article body, ``/tin-tuc/…-17102``, and every unknown id
  under ``/tin-tuc/``: a soft 404 (status 200, "Bài viết không tồn tại hoặc đã bị gỡ bỏ");
  other unknown paths get Nuxt's real 404 error page;
- ``?page=1`` duplicates of each listing's first page, empty pages past the end, search pages;
- no ``<h1>`` and no semantic elements on legacy pages; ``<time datetime>`` in UTC; the header
  clock is "today"; one legacy post is stored decomposed (NFD), one with the old editor's named
  entities (``&agrave;``, ``&ocirc;``, ``&ldquo;`` …, the rest raw UTF-8).

Gold (by hand). Articles are the posts under ``/tin-tuc/<slug>-<id>``; listings, search pages,
the calendar, documents, albums, static pages and the soft 404 are not. Judgement calls:

- published_at is the printed local date; with a printed time it is ISO with +07:00 (the UTC
  ``datetime`` attribute names the same instant); a plain "Thứ sáu, 20/11/2026" gives the date
  only; "Cập nhật: …" is an update, not the publication date (18412 is 2026-11-10).
- title: the headline as printed (the ``<h1>``, or the legacy title ``div``), never the
  ``<title>`` suffix " | Sở GD&ĐT Tuyên Quang".
- summary: the ``text-lg font-semibold`` lead where a post has one; it is also the body's first
  paragraph. Body: the lead, then the article's own paragraphs, sub-headings and list items in
  order; not captions, bylines, attachments, tags, share tools or related lists.
- bylines: "Tin, ảnh: X" / "Bài, ảnh: X" give X as author and photographer; "Bài: X - Ảnh: Y"
  and "Tin: X<br>Ảnh: Y" split; "Tin và ảnh: A, B" gives both names to both lists; a bare name
  (18436 "Ma Thị Hồng Nhung", 18425 "Minh Anh") is the author; "Nguồn: Báo …" is the source and
  no author (18398) or beside a named author (18425). A caption ending ". Ảnh: Đức Thắng" is
  kept whole as the caption and gives Đức Thắng as photographer (18436, whose byline names only
  the writer). Posts without any byline have empty lists.
- captions: the figcaption or the centred ``<em>`` line under a photo; a photo with no line, or
  with an empty ``<figcaption>`` (18391), has caption None. Image URLs are the ``src`` printed in
  the body (``/uploads/…``), not the ``/_ipx/`` thumbnails of cards and listings.
- the "Tệp đính kèm" link of 18447 is not body text. Category: the breadcrumb's last crumb.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone
from html.entities import codepoint2name
from urllib.parse import quote

from crawler.demo.server import Request, Response, html

from ._common import PDF, TODAY, Img, P, Story, base_url, esc, gold_record, static_file

NAME = "nuxt_tailwind_sgddt"
PLATFORM = "nuxt3"
START_PATH = "/"

SITE = "Sở Giáo dục và Đào tạo tỉnh Tuyên Quang"
SHORT = "Sở GD&ĐT Tuyên Quang"
ADDRESS = "Số 12, đường 17/8, phường Minh Xuân, tỉnh Tuyên Quang"
PHONE = "0207 3822 475"
HOTLINE = "0207 3811 558"
EMAIL = "sogddt@tuyenquang.edu.vn"
LOCAL = timezone(timedelta(hours=7))
CAT_PER_PAGE = 3
NEWS_PER_PAGE = 6
SEARCH_PER_PAGE = 5
DOCS_PER_PAGE = 5
CUR_WEEK = (2026, 48)
SOFT_404 = "/tin-tuc/kiem-tra-chuyen-de-day-them-hoc-them-nam-hoc-2024-2025-17102"
STALE_ID = 18391
STALE_SLUG = "truong-thcs-phan-thiet-dat-giai-cao-cuoc-thi-khkt"

#: categories: slug -> printed name
CATS: dict[str, str] = {
    "hoat-dong-nganh": "Hoạt động ngành",
    "tin-tu-co-so": "Tin từ cơ sở",
    "thong-bao": "Thông báo",
}
WEEKDAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")
UP = "/uploads/2026"
OLD = "/uploads/legacy/images/2026"

# Story.opts: at (local datetime as stored), tpl (blocks | legacy), dl (time | plain),
# updated (printed "Cập nhật" line), byline (lines of the byline <p>), source_line, tags,
# form (nfd | named: how the legacy HTML stores its text), attach (href, label, size).
# P styles: "" paragraph, h3 sub-heading, li / ol list items, "a|href|phrase" a link inside.
# Img styles: figure (blocks figure + Tailwind figcaption), cke (legacy figure.image),
# em (legacy image paragraph + centred <em> line).
STORIES: list[Story] = [
    Story(
        id=18452,
        slug="giao-ban-truc-tuyen-toan-nganh-thang-11-nam-2026",
        title="Giao ban trực tuyến toàn ngành tháng 11 năm 2026",
        cat="hoat-dong-nganh",
        published_at="2026-11-24T16:20:00+07:00",
        summary=(
            "Chiều 24/11, Sở Giáo dục và Đào tạo tổ chức hội nghị giao ban trực tuyến đánh giá"
            " kết quả công tác tháng 11 và triển khai nhiệm vụ trọng tâm tháng 12 năm 2026 với các"
            " phòng chuyên môn, các trường THPT và trung tâm GDNN-GDTX trên địa bàn tỉnh."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Theo báo cáo tại hội nghị, trong tháng 11 toàn ngành đã tổ chức nhiều hoạt động"
                " thiết thực kỷ niệm 44 năm Ngày Nhà giáo Việt Nam; hoàn thành kiểm tra nội bộ tại"
                " 100% trường THPT; triển khai học bạ số đối với học sinh lớp 1, lớp 6 và lớp 10."
            ),
            Img(
                f"{UP}/11/giao_ban_thang_11_01_8c2f4e1a9b.jpg",
                "Đồng chí Giám đốc Sở GD&ĐT chủ trì hội nghị giao ban tại điểm cầu chính",
                "Đồng chí Giám đốc Sở GD&ĐT chủ trì hội nghị giao ban tại điểm cầu chính",
                "figure",
            ),
            P(
                "Công tác phổ cập giáo dục, xóa mù chữ tiếp tục được duy trì; tỷ lệ huy động trẻ 5"
                " tuổi ra lớp đạt 99,8%. Các trường phổ thông dân tộc bán trú ở vùng cao đã chủ động"
                " chuẩn bị chăn, áo ấm, củi sưởi cho học sinh trước mùa đông."
            ),
            P(
                "Tuy nhiên, tình trạng thiếu giáo viên môn Tin học, Tiếng Anh, Âm nhạc, Mĩ thuật ở"
                " cấp tiểu học vẫn chưa được khắc phục; một số điểm trường lẻ còn thiếu nhà vệ sinh"
                " đạt chuẩn."
            ),
            Img(
                f"{UP}/11/giao_ban_thang_11_02_d41b7a03ce.jpg",
                "Đại biểu tham dự tại điểm cầu Trường THPT chuyên Tuyên Quang",
                "Đại biểu tham dự tại điểm cầu Trường THPT chuyên Tuyên Quang",
                "figure",
            ),
            P(
                "Kết luận hội nghị, đồng chí Giám đốc Sở yêu cầu các đơn vị tập trung ôn tập, tổ"
                " chức kiểm tra cuối học kỳ I nghiêm túc; chuẩn bị tốt các điều kiện tham dự kỳ thi"
                " chọn học sinh giỏi quốc gia THPT năm 2027; chủ động phòng, chống rét cho học sinh"
                " khi nhiệt độ xuống thấp."
            ),
        ],
        authors=["Nguyễn Thu Hằng"],
        photographers=["Nguyễn Thu Hằng"],
        opts={
            "at": datetime(2026, 11, 24, 16, 20),
            "tpl": "blocks",
            "dl": "time",
            "byline": ["Tin, ảnh: Nguyễn Thu Hằng"],
            "tags": ["giao ban", "học sinh giỏi"],
        },
    ),
    Story(
        id=18447,
        slug="thong-bao-ket-qua-hoi-thi-giao-vien-day-gioi-cap-tinh-cap-thcs-nam-hoc-2026-2027",
        title="Thông báo kết quả Hội thi giáo viên dạy giỏi cấp tỉnh cấp THCS năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-23",
        blocks=[
            P(
                "Căn cứ kết quả chấm thi của Ban Giám khảo, Sở Giáo dục và Đào tạo thông báo kết"
                " quả Hội thi giáo viên dạy giỏi cấp tỉnh cấp THCS năm học 2026 - 2027: có 86/104"
                " giáo viên được công nhận giáo viên dạy giỏi cấp tỉnh, trong đó 12 giáo viên đạt"
                " giải Nhất, 19 giáo viên đạt giải Nhì."
            ),
            P(
                "Danh sách giáo viên được công nhận và quyết định khen thưởng kèm theo thông báo"
                " này. Đề nghị phòng Văn hóa - Xã hội các xã, phường thông báo đến các trường THCS"
                " và giáo viên dự thi."
            ),
        ],
        opts={
            "at": datetime(2026, 11, 23, 17, 5),
            "tpl": "legacy",
            "dl": "plain",
            "tags": ["giáo viên dạy giỏi"],
            "attach": (
                "/uploads/files/2026/11/QD_1524_cong_nhan_GVDG_THCS_2026_7a1c.pdf",
                "Quyết định số 1524/QĐ-SGDĐT ngày 21/11/2026",
                "215 KB",
            ),
        },
    ),
    Story(
        id=18440,
        slug="truong-thpt-chiem-hoa-to-chuc-hoi-khoe-phu-dong-cap-truong-nam-2026",
        title="Trường THPT Chiêm Hóa tổ chức Hội khỏe Phù Đổng cấp trường năm 2026",
        cat="tin-tu-co-so",
        published_at="2026-11-21T09:45:00+07:00",
        blocks=[
            P(
                "Từ ngày 16 đến 19/11, Trường THPT Chiêm Hóa tổ chức Hội khỏe Phù Đổng cấp trường"
                " với sự tham gia của hơn 900 học sinh thuộc 27 lớp."
            ),
            Img(
                f"{UP}/11/hkpd_chiem_hoa_01_5e7d21c0aa.jpg",
                "Các vận động viên thi đấu môn kéo co",
                "Các vận động viên thi đấu môn kéo co",
                "figure",
            ),
            P(
                "Học sinh tranh tài ở 6 môn: bóng đá nam, bóng chuyền nữ, cầu lông, kéo co, điền"
                " kinh và đẩy gậy, môn thể thao dân tộc được nhiều em yêu thích."
            ),
            Img(f"{UP}/11/hkpd_chiem_hoa_02_0b93f6d2e4.jpg", None, None, "figure"),
            P(
                "Kết thúc hội khỏe, Ban tổ chức trao 42 huy chương các loại cho các cá nhân, tập"
                " thể; lớp 11A3 giành giải Nhất toàn đoàn. Nhà trường sẽ lựa chọn những vận động viên"
                " xuất sắc tham dự Hội khỏe Phù Đổng cấp tỉnh vào tháng 3/2027."
            ),
        ],
        authors=["Hoàng Văn Nam"],
        photographers=["Lê Quang"],
        opts={
            "at": datetime(2026, 11, 21, 9, 45),
            "tpl": "blocks",
            "dl": "time",
            "byline": ["Bài: Hoàng Văn Nam - Ảnh: Lê Quang"],
            "tags": ["Hội khỏe Phù Đổng", "thể thao học đường"],
        },
    ),
    Story(
        id=18436,
        slug="tuyen-duong-120-nha-giao-tieu-bieu-nhan-ky-niem-44-nam-ngay-nha-giao-viet-nam",
        title="Tuyên dương 120 nhà giáo tiêu biểu nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        cat="hoat-dong-nganh",
        published_at="2026-11-20T14:30:00+07:00",
        summary=(
            "Sáng 20/11, tại Trung tâm Hội nghị tỉnh, Sở Giáo dục và Đào tạo tổ chức lễ kỷ niệm"
            " 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026) và tuyên dương 120 nhà giáo"
            " tiêu biểu năm học 2025 - 2026."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Năm học 2025 - 2026, toàn tỉnh có hơn 24.000 cán bộ quản lý, giáo viên, nhân viên"
                " đang công tác tại 1.120 cơ sở giáo dục. Chất lượng đội ngũ từng bước được nâng lên,"
                " tỷ lệ giáo viên đạt chuẩn trình độ đào tạo theo Luật Giáo dục năm 2019 đạt 93,6%."
            ),
            Img(
                f"{UP}/11/le_ky_niem_20_11_01_a93b0e57f1.jpg",
                "Lãnh đạo tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu. Ảnh: Đức Thắng",
                "Lãnh đạo tỉnh tặng hoa chúc mừng các nhà giáo tiêu biểu. Ảnh: Đức Thắng",
                "figure",
            ),
            P("Những tấm gương bám bản, bám trường", "h3"),
            P(
                "Trong số các nhà giáo được tuyên dương, nhiều thầy cô có trên 20 năm công tác tại"
                " các điểm trường vùng sâu, vùng xa như cô Sùng Thị Mai (Trường PTDTBT Tiểu học Lũng"
                " Cú), thầy Hoàng Văn Páo (Trường PTDTBT THCS Sơn Vĩ). Dịp này, 15 tập thể và 120 cá"
                " nhân được Chủ tịch UBND tỉnh tặng Bằng khen."
            ),
            P(
                "Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND tỉnh ghi nhận những đóng góp của"
                " đội ngũ nhà giáo, đề nghị ngành tiếp tục quan tâm chăm lo đời sống giáo viên, nhất"
                " là giáo viên công tác ở vùng đặc biệt khó khăn sau khi sắp xếp đơn vị hành chính."
            ),
            Img(
                f"{UP}/11/le_ky_niem_20_11_02_4c6d8e21b0.jpg",
                "Các nhà giáo tiêu biểu chụp ảnh lưu niệm. Ảnh: Đức Thắng",
                "Các nhà giáo tiêu biểu chụp ảnh lưu niệm. Ảnh: Đức Thắng",
                "figure",
            ),
        ],
        authors=["Ma Thị Hồng Nhung"],
        photographers=["Đức Thắng"],
        opts={
            "at": datetime(2026, 11, 20, 14, 30),
            "tpl": "blocks",
            "dl": "time",
            "byline": ["Ma Thị Hồng Nhung"],
            "tags": ["Ngày Nhà giáo Việt Nam", "khen thưởng"],
        },
    ),
    Story(
        id=18431,
        slug="bua-com-ban-tru-am-long-hoc-sinh-vung-cao-meo-vac",
        title="Bữa cơm bán trú ấm lòng học sinh vùng cao Mèo Vạc",
        cat="tin-tu-co-so",
        published_at="2026-11-19",
        blocks=[
            P(
                "Gần 600 học sinh Trường PTDTBT THCS Mèo Vạc đang được ăn, ở bán trú tại trường. Mỗi"
                " ngày, nhà bếp chuẩn bị ba bữa ăn với thực đơn thay đổi theo tuần, bảo đảm đủ chất"
                " đạm, rau xanh và canh nóng trong những ngày giá rét."
            ),
            Img(
                f"{OLD}/11/bua-com-ban-tru-meo-vac.jpg",
                "Giờ ăn trưa của học sinh bán trú",
                "Giờ ăn trưa của học sinh bán trú",
                "cke",
            ),
            P(
                "Rau xanh phục vụ bếp ăn phần lớn do thầy trò tự tăng gia tại vườn trường. Phụ"
                " huynh cũng góp gạo, củi và ngày công để cùng nhà trường chăm lo cho con em."
            ),
            P(
                "Theo thầy Hiệu trưởng Vàng Mí Lử, nhờ có bữa ăn bán trú ổn định, tỷ lệ học sinh bỏ"
                " học giữa chừng giảm rõ rệt; nhiều em đã mạnh dạn, tự tin hơn trong học tập và sinh"
                " hoạt tập thể."
            ),
        ],
        authors=["Đặng Minh Châu"],
        photographers=["Phạm Tuấn"],
        opts={
            "at": datetime(2026, 11, 19, 10, 10),
            "tpl": "legacy",
            "dl": "plain",
            "byline": ["Tin: Đặng Minh Châu", "Ảnh: Phạm Tuấn"],
            "tags": ["bán trú", "vùng cao"],
            "form": "nfd",
        },
    ),
    Story(
        id=18425,
        slug="day-manh-chuyen-doi-so-trong-quan-ly-truong-hoc",
        title="Đẩy mạnh chuyển đổi số trong quản lý trường học",
        cat="hoat-dong-nganh",
        published_at="2026-11-17",
        blocks=[
            P(
                "Thực hiện Kế hoạch chuyển đổi số của tỉnh, năm học 2026 - 2027, ngành Giáo dục"
                " Tuyên Quang đặt mục tiêu 100% cơ sở giáo dục phổ thông sử dụng học bạ số, sổ điểm"
                " điện tử và thanh toán không dùng tiền mặt các khoản thu."
            ),
            P("Học bạ số, sổ điểm điện tử", "h3"),
            P(
                "Đến nay, 412 trường tiểu học, THCS và THPT đã triển khai học bạ số cho học sinh"
                " lớp 1, lớp 6 và lớp 10. Giáo viên nhập điểm, nhận xét trực tiếp trên phần mềm; cha"
                " mẹ học sinh theo dõi kết quả học tập của con qua ứng dụng trên điện thoại."
            ),
            Img(f"{UP}/11/chuyen_doi_so_truong_hoc_6b2e90d1f3.jpg", None, None, "figure"),
            P("Khó khăn về hạ tầng", "h3"),
            P(
                "Ở các xã vùng cao, đường truyền Internet chưa ổn định, nhiều trường thiếu máy tính"
                " cho giáo viên. Sở đã đề xuất UBND tỉnh bố trí kinh phí trang bị thiết bị và phối"
                " hợp với các nhà mạng nâng cấp hạ tầng viễn thông tại các điểm trường."
            ),
        ],
        authors=["Minh Anh"],
        source="Báo Tuyên Quang",
        opts={
            "at": datetime(2026, 11, 17, 8, 0),
            "tpl": "blocks",
            "dl": "plain",
            "byline": ["Minh Anh"],
            "source_line": "Nguồn: Báo Tuyên Quang",
            "tags": ["chuyển đổi số", "học bạ số"],
        },
    ),
    Story(
        id=18419,
        slug="huong-dan-to-chuc-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        title="Hướng dẫn tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027",
        cat="thong-bao",
        published_at="2026-11-13T10:00:00+07:00",
        blocks=[
            P(
                "Sở Giáo dục và Đào tạo hướng dẫn các cơ sở giáo dục phổ thông tổ chức kiểm tra,"
                " đánh giá định kỳ cuối học kỳ I năm học 2026 - 2027 như sau:"
            ),
            P(
                "Thời gian kiểm tra: từ ngày 21/12/2026 đến ngày 31/12/2026; các trường chủ động xây"
                " dựng lịch kiểm tra phù hợp.",
                "ol",
            ),
            P(
                "Đề kiểm tra bảo đảm theo ma trận, bản đặc tả; không kiểm tra nội dung đã tinh giản.",
                "ol",
            ),
            P("Hoàn thành nhập điểm lên hệ thống cơ sở dữ liệu ngành trước ngày 10/01/2027.", "ol"),
            P(
                "Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị liên hệ phòng Giáo dục phổ"
                " thông, Sở Giáo dục và Đào tạo để được hướng dẫn."
            ),
        ],
        opts={
            "at": datetime(2026, 11, 13, 10, 0),
            "tpl": "blocks",
            "dl": "time",
            "tags": ["kiểm tra học kỳ"],
        },
    ),
    Story(
        id=18412,
        slug="truong-tieu-hoc-hong-thai-huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
        title="Trường Tiểu học Hồng Thái hưởng ứng Tuần lễ học tập suốt đời năm 2026",
        cat="tin-tu-co-so",
        published_at="2026-11-10",
        blocks=[
            P(
                "Hưởng ứng Tuần lễ học tập suốt đời năm 2026 với chủ đề “Học tập suốt đời trong kỷ"
                " nguyên số”, Trường Tiểu học Hồng Thái (xã Na Hang) tổ chức nhiều hoạt động thiết"
                " thực cho học sinh, giáo viên và cha mẹ học sinh."
            ),
            Img(
                f"{OLD}/11/hong-thai-thu-vien-xanh.jpg",
                "Học sinh đọc sách tại thư viện xanh của nhà trường",
                "Học sinh đọc sách tại thư viện xanh của nhà trường",
                "em",
            ),
            P(
                "Thư viện nhà trường mở cửa cả buổi trưa để học sinh bán trú đọc sách; các lớp tổ"
                " chức giới thiệu sách, kể chuyện theo sách và trưng bày sản phẩm đọc sách sáng tạo."
            ),
            P(
                "Giáo viên được bồi dưỡng kỹ năng khai thác học liệu số, sử dụng phần mềm soạn bài"
                " giảng điện tử; cha mẹ học sinh được hướng dẫn cài đặt, sử dụng ứng dụng sổ liên"
                " lạc điện tử."
            ),
            Img(
                f"{OLD}/11/hong-thai-so-lien-lac-dien-tu.jpg",
                "Giáo viên hướng dẫn cha mẹ học sinh sử dụng sổ liên lạc điện tử",
                "Giáo viên hướng dẫn cha mẹ học sinh sử dụng sổ liên lạc điện tử",
                "em",
            ),
        ],
        authors=["Lý Thị Hà", "Trần Đức Mạnh"],
        photographers=["Lý Thị Hà", "Trần Đức Mạnh"],
        opts={
            "at": datetime(2026, 11, 10, 15, 40),
            "tpl": "legacy",
            "dl": "plain",
            "updated": "12/11/2026 08:15",
            "byline": ["Tin và ảnh: Lý Thị Hà, Trần Đức Mạnh"],
            "tags": ["học tập suốt đời", "thư viện"],
            "form": "named",
        },
    ),
    Story(
        id=18405,
        slug="kiem-tra-cong-tac-quan-ly-day-them-hoc-them-tai-cac-co-so-giao-duc",
        title="Kiểm tra công tác quản lý dạy thêm, học thêm tại các cơ sở giáo dục",
        cat="hoat-dong-nganh",
        published_at="2026-11-06T15:10:00+07:00",
        summary=(
            "Từ ngày 02 đến 05/11, đoàn kiểm tra liên ngành do Sở Giáo dục và Đào tạo chủ trì đã"
            " kiểm tra công tác quản lý dạy thêm, học thêm tại 18 trường học và 7 cơ sở tổ chức dạy"
            " thêm ngoài nhà trường."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Qua kiểm tra, các trường cơ bản thực hiện đúng quy định tại Thông tư số"
                " 29/2024/TT-BGDĐT của Bộ Giáo dục và Đào tạo; việc dạy thêm trong nhà trường được"
                " tổ chức cho học sinh có kết quả học tập chưa đạt, ôn thi tốt nghiệp và bồi dưỡng"
                " học sinh giỏi, không thu tiền của học sinh."
            ),
            Img(
                f"{UP}/11/kiem_tra_day_them_son_duong_2f81c7a4de.jpg",
                "Đoàn kiểm tra làm việc tại Trường THPT Sơn Dương",
                "Đoàn kiểm tra làm việc tại Trường THPT Sơn Dương",
                "figure",
            ),
            P(
                "Tuy nhiên, đoàn phát hiện 2 cơ sở dạy thêm ngoài nhà trường chưa công khai danh"
                " sách người dạy thêm, thời gian và địa điểm tổ chức. Đoàn đã yêu cầu các cơ sở khắc"
                " phục trong thời hạn 15 ngày."
            ),
            P(
                "Trước đó, năm học 2024 - 2025, Sở cũng đã tổ chức kiểm tra chuyên đề tương tự tại"
                " 12 đơn vị.",
                f"a|{SOFT_404}|kiểm tra chuyên đề tương tự",
            ),
        ],
        authors=["Vũ Thanh Tùng"],
        photographers=["Vũ Thanh Tùng"],
        opts={
            "at": datetime(2026, 11, 6, 15, 10),
            "tpl": "blocks",
            "dl": "time",
            "byline": ["Bài, ảnh: Vũ Thanh Tùng"],
            "tags": ["dạy thêm học thêm", "thanh tra"],
        },
    ),
    Story(
        id=18398,
        slug="tap-huan-giao-vien-cot-can-ve-giao-duc-stem-cap-tieu-hoc",
        title="Tập huấn giáo viên cốt cán về giáo dục STEM cấp tiểu học",
        cat="hoat-dong-nganh",
        published_at="2026-11-02",
        blocks=[
            P(
                "Trong 3 ngày, từ 30/10 đến 01/11, hơn 150 giáo viên cốt cán cấp tiểu học trong tỉnh"
                " đã tham gia lớp tập huấn về tổ chức dạy học theo định hướng giáo dục STEM do Sở"
                " Giáo dục và Đào tạo phối hợp với Trường Đại học Tân Trào tổ chức."
            ),
            P(
                "Học viên được hướng dẫn quy trình xây dựng bài học STEM, cách lồng ghép nội dung"
                " các môn Toán, Khoa học, Công nghệ vào các chủ đề gần gũi với đời sống học sinh, như"
                " làm đèn lồng từ vật liệu tái chế, thiết kế hệ thống lọc nước đơn giản."
            ),
            Img(
                f"{OLD}/11/tap-huan-stem-tieu-hoc.jpg",
                "Giáo viên thực hành thiết kế bài học STEM",
                "Giáo viên thực hành thiết kế bài học STEM",
                "cke",
            ),
            P(
                "Sau tập huấn, mỗi giáo viên cốt cán sẽ hướng dẫn lại cho đồng nghiệp tại đơn vị và"
                " xây dựng ít nhất 2 bài học STEM trong học kỳ I."
            ),
        ],
        source="Báo Giáo dục và Thời đại",
        opts={
            "at": datetime(2026, 11, 2, 9, 30),
            "tpl": "legacy",
            "dl": "plain",
            "source_line": "Nguồn: Báo Giáo dục và Thời đại",
            "tags": ["giáo dục STEM", "bồi dưỡng giáo viên"],
        },
    ),
    Story(
        id=STALE_ID,
        slug="hoc-sinh-truong-thcs-phan-thiet-gianh-giai-nhat-cuoc-thi-khoa-hoc-ky-thuat-cap-tinh",
        title="Học sinh Trường THCS Phan Thiết giành giải Nhất Cuộc thi Khoa học kỹ thuật cấp tỉnh",
        cat="tin-tu-co-so",
        published_at="2026-10-28T07:45:00+07:00",
        blocks=[
            P(
                "Dự án “Thiết bị cảnh báo sạt lở đất sử dụng cảm biến độ ẩm” của hai em Nguyễn Gia"
                " Bảo và Hà Minh Thư, học sinh lớp 9A, Trường THCS Phan Thiết (phường Minh Xuân) vừa"
                " đạt giải Nhất Cuộc thi Khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học năm"
                " học 2026 - 2027."
            ),
            Img(f"{UP}/10/khkt_phan_thiet_c0e4a18b95.jpg", "", None, "figure"),
            P(
                "Thiết bị gồm cảm biến đo độ ẩm đất, cảm biến nghiêng và mô-đun phát tín hiệu, khi"
                " phát hiện nguy cơ sạt lở sẽ phát còi và gửi tin nhắn cảnh báo đến điện thoại của"
                " người dân. Chi phí mỗi bộ thiết bị khoảng 1,5 triệu đồng."
            ),
            P(
                "Cuộc thi năm nay có 96 dự án của học sinh THCS và THPT dự thi ở 18 lĩnh vực. Ban tổ"
                " chức trao 4 giải Nhất, 9 giải Nhì, 15 giải Ba và 20 giải Khuyến khích."
            ),
        ],
        authors=["Bàn Thị Xuân"],
        photographers=["Bàn Thị Xuân"],
        opts={
            "at": datetime(2026, 10, 28, 7, 45),
            "tpl": "blocks",
            "dl": "time",
            "byline": ["Tin, ảnh: Bàn Thị Xuân"],
            "tags": ["khoa học kỹ thuật", "học sinh giỏi"],
        },
    ),
    Story(
        id=18384,
        slug="hoi-thao-doi-moi-phuong-phap-day-hoc-mon-ngu-van-cap-thpt",
        title="Hội thảo đổi mới phương pháp dạy học môn Ngữ văn cấp THPT",
        cat="hoat-dong-nganh",
        published_at="2026-10-21T09:00:00+07:00",
        summary=(
            "Ngày 20/10, Sở Giáo dục và Đào tạo tổ chức hội thảo chuyên đề “Dạy học đọc hiểu văn"
            " bản theo thể loại trong môn Ngữ văn cấp THPT” với sự tham gia của gần 200 giáo viên."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Các tham luận tập trung vào cách hướng dẫn học sinh đọc hiểu văn bản theo đặc"
                " trưng thể loại, sử dụng ngữ liệu ngoài sách giáo khoa trong kiểm tra, đánh giá và"
                " phát triển năng lực viết bài nghị luận."
            ),
            Img(
                f"{UP}/10/hoi_thao_ngu_van_thpt_91d3f5a2c8.jpg",
                "Giáo viên Trường THPT Tân Trào trình bày tham luận",
                "Giáo viên Trường THPT Tân Trào trình bày tham luận",
                "figure",
            ),
            P(
                "Đại biểu dự giờ tiết dạy minh họa bài “Chí Phèo” của cô giáo Lương Thị Thu Trang,"
                " Trường THPT Tân Trào, sau đó thảo luận, góp ý về thiết kế hoạt động học và cách"
                " đặt câu hỏi phát triển tư duy phản biện."
            ),
            P(
                "Sở đề nghị các tổ chuyên môn tiếp tục sinh hoạt chuyên môn theo nghiên cứu bài học,"
                " chia sẻ kế hoạch bài dạy lên kho học liệu dùng chung của ngành."
            ),
        ],
        opts={
            "at": datetime(2026, 10, 21, 9, 0),
            "tpl": "blocks",
            "dl": "time",
            "tags": ["Ngữ văn", "đổi mới phương pháp"],
        },
    ),
    Story(
        id=18377,
        slug="khai-mac-hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-tinh-bac-thpt",
        title="Khai mạc Hội thi giáo viên chủ nhiệm lớp giỏi cấp tỉnh bậc THPT",
        cat="hoat-dong-nganh",
        published_at="2026-10-13T08:30:00+07:00",
        summary=(
            "Sáng 13/10, tại Trường THPT Hàm Yên, Sở Giáo dục và Đào tạo khai mạc Hội thi giáo"
            " viên chủ nhiệm lớp giỏi cấp tỉnh bậc THPT năm học 2026 - 2027."
        ),
        sapo_outside=True,
        blocks=[
            P(
                "Tham gia hội thi có 68 giáo viên đến từ 34 trường THPT và trung tâm GDNN-GDTX."
                " Mỗi giáo viên trình bày biện pháp giáo dục học sinh, xử lý tình huống sư phạm và"
                " tổ chức một tiết sinh hoạt lớp."
            ),
            P(
                "Hội thi nhằm tôn vinh những thầy cô tận tâm, sáng tạo trong công tác chủ nhiệm,"
                " đồng thời tạo diễn đàn để giáo viên trao đổi kinh nghiệm xây dựng lớp học hạnh"
                " phúc, phòng chống bạo lực học đường."
            ),
        ],
        authors=["Thu Hằng"],
        opts={
            "at": datetime(2026, 10, 13, 8, 30),
            "tpl": "legacy",
            "dl": "time",
            "byline": ["Tin: Thu Hằng"],
            "tags": ["giáo viên chủ nhiệm"],
        },
    ),
]
_BY_ID = {s.id: s for s in STORIES}
LATEST = sorted(STORIES, key=lambda s: s.opts["at"], reverse=True)
#: the "Đọc nhiều" box: a fixed ranking (the CMS's view counter), post 18391 under its old slug
MOST_READ = [18436, STALE_ID, 18452, 18405, 18440]


def article_path(s: Story) -> str:
    return f"/tin-tuc/{s.slug}-{s.id}"


STALE_PATH = f"/tin-tuc/{STALE_SLUG}-{STALE_ID}"


def in_cat(cat: str) -> list[Story]:
    return [s for s in LATEST if s.cat == cat]


def _pages(n: int, per: int) -> int:
    return max(1, -(-n // per))


@dataclass(frozen=True)
class Doc:
    id: int
    number: str
    kind: str
    issued: date
    signer: str
    abstract: str

    @property
    def slug(self) -> str:
        plain = unicodedata.normalize("NFD", self.number.replace("Đ", "D").replace("đ", "d"))
        plain = "".join(c for c in plain if not unicodedata.combining(c))
        return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")

    @property
    def path(self) -> str:
        return f"/van-ban/{self.slug}-{self.id}"

    @property
    def file(self) -> str:
        return f"/uploads/van-ban/2026/{self.slug}.pdf"


DOC_KINDS = {"cong-van": "Công văn", "ke-hoach": "Kế hoạch", "quyet-dinh": "Quyết định"}
DOCS: list[Doc] = [
    Doc(931, "3418/SGDĐT-GDPT", "cong-van", date(2026, 11, 23), "Nguyễn Văn Sơn",
        "V/v tổ chức kiểm tra cuối học kỳ I năm học 2026 - 2027"),
    Doc(928, "1524/QĐ-SGDĐT", "quyet-dinh", date(2026, 11, 21), "Nguyễn Văn Sơn",
        "Quyết định công nhận giáo viên dạy giỏi cấp tỉnh cấp THCS năm học 2026 - 2027"),
    Doc(925, "402/KH-SGDĐT", "ke-hoach", date(2026, 11, 16), "Hà Thị Lan",
        "Kế hoạch phòng, chống rét cho học sinh mùa đông năm 2026"),
    Doc(919, "3302/SGDĐT-TCCB", "cong-van", date(2026, 11, 9), "Hà Thị Lan",
        "V/v đánh giá, xếp loại viên chức, người lao động năm 2026"),
    Doc(914, "1487/QĐ-SGDĐT", "quyet-dinh", date(2026, 11, 3), "Nguyễn Văn Sơn",
        "Quyết định thành lập Ban tổ chức Cuộc thi Khoa học kỹ thuật cấp tỉnh"),
    Doc(907, "388/KH-SGDĐT", "ke-hoach", date(2026, 10, 20), "Hà Thị Lan",
        "Kế hoạch bồi dưỡng giáo viên cốt cán về giáo dục STEM năm 2026"),
    Doc(901, "3105/SGDĐT-VP", "cong-van", date(2026, 10, 12), "Nguyễn Văn Sơn",
        "V/v tăng cường công tác phòng, chống bạo lực học đường"),
]  # fmt: skip
_DOCS_BY_PATH = {d.path: d for d in DOCS}


@dataclass(frozen=True)
class Album:
    id: int
    slug: str
    title: str
    day: date
    photos: tuple[tuple[str, str], ...]

    @property
    def path(self) -> str:
        return f"/thu-vien-anh/{self.slug}-{self.id}"


ALBUMS: list[Album] = [
    Album(56, "le-ky-niem-44-nam-ngay-nha-giao-viet-nam", "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
          date(2026, 11, 20), (
              ("album_20_11_01_e1c2.jpg", "Tiết mục văn nghệ chào mừng"),
              ("album_20_11_02_f3a9.jpg", "Trao Bằng khen cho các tập thể"),
              ("album_20_11_03_0d7b.jpg", "Các nhà giáo tiêu biểu"),
              ("album_20_11_04_9c11.jpg", "Đại biểu dự lễ kỷ niệm"),
          )),
    Album(53, "hoi-khoe-phu-dong-cap-truong-2026", "Hội khỏe Phù Đổng cấp trường năm 2026",
          date(2026, 11, 19), (
              ("album_hkpd_01_77ae.jpg", "Lễ khai mạc"),
              ("album_hkpd_02_1b0c.jpg", "Môn đẩy gậy"),
              ("album_hkpd_03_c5d2.jpg", "Môn bóng chuyền nữ"),
          )),
]  # fmt: skip
_ALBUMS_BY_PATH = {a.path: a for a in ALBUMS}

#: static pages: path -> (title, paragraphs)
PAGES: dict[str, tuple[str, list[str]]] = {
    "/gioi-thieu": ("Giới thiệu chung", [
        "Sở Giáo dục và Đào tạo tỉnh Tuyên Quang là cơ quan chuyên môn thuộc Ủy ban nhân dân"
        " tỉnh, tham mưu, giúp UBND tỉnh quản lý nhà nước về giáo dục và đào tạo.",
        "Sau khi hợp nhất tỉnh năm 2025, toàn tỉnh có 1.120 cơ sở giáo dục mầm non, phổ thông và"
        " giáo dục thường xuyên với hơn 390.000 học sinh.",
    ]),
    "/gioi-thieu/co-cau-to-chuc": ("Cơ cấu tổ chức", [
        "Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc.",
        "Các phòng chuyên môn: Văn phòng; Thanh tra; phòng Tổ chức cán bộ; phòng Kế hoạch - Tài"
        " chính; phòng Giáo dục phổ thông; phòng Giáo dục mầm non; phòng Quản lý chất lượng.",
    ]),
}  # fmt: skip

#: the work calendar of the current week and the next one
CALENDAR: dict[tuple[int, int], list[tuple[str, str, str]]] = {
    (2026, 48): [
        ("Thứ hai 23/11", "08:00", "Giám đốc Sở dự họp giao ban UBND tỉnh"),
        ("Thứ ba 24/11", "14:00", "Hội nghị giao ban trực tuyến toàn ngành tháng 11"),
        (
            "Thứ tư 25/11",
            "08:00",
            "Phó Giám đốc Hà Thị Lan kiểm tra công tác bán trú tại xã Mèo Vạc",
        ),
        ("Thứ năm 26/11", "08:30", "Họp Hội đồng thi đua, khen thưởng ngành"),
        ("Thứ sáu 27/11", "14:00", "Làm việc với Trường Đại học Tân Trào về bồi dưỡng giáo viên"),
    ],
    (2026, 49): [
        ("Thứ hai 30/11", "08:00", "Chào cờ, giao ban lãnh đạo Sở"),
        ("Thứ tư 02/12", "08:00", "Kiểm tra công tác phổ cập giáo dục tại xã Lâm Bình"),
    ],
}

#: every tag's search target, as the article pages link it
TAGS = sorted({t for s in STORIES for t in s.opts.get("tags", [])})


def tag_path(tag: str) -> str:
    return f"/tim-kiem?q={quote(tag)}"


def _search(q: str) -> list[Story]:
    needle = unicodedata.normalize("NFC", q).strip().casefold()
    if not needle:
        return []
    return [
        s
        for s in LATEST
        if needle in s.title.casefold()
        or any(needle in t.casefold() for t in s.opts.get("tags", []))
    ]


GOLD: list[dict] = [
    gold_record(
        s,
        article_path(s),
        CATS[s.cat],
        alt_paths=[STALE_PATH] if s.id == STALE_ID else (),
    )
    for s in LATEST
]

NON_ARTICLES: list[str] = [
    "/",
    "/tin-tuc",
    "/tin-tuc?page=1",
    *(f"/tin-tuc?page={n}" for n in range(2, _pages(len(STORIES), NEWS_PER_PAGE) + 1)),
    *(f"/chuyen-muc/{c}" for c in CATS),
    *(  # the pager (printed only when there are two pages or more) links page 1 as ?page=1
        f"/chuyen-muc/{c}?page={n}"
        for c in CATS
        if _pages(len(in_cat(c)), CAT_PER_PAGE) > 1
        for n in range(1, _pages(len(in_cat(c)), CAT_PER_PAGE) + 1)
    ),
    *(tag_path(t) for t in TAGS),
    "/van-ban",
    "/van-ban?page=2",
    *(f"/van-ban?loai={k}" for k in DOC_KINDS),
    *(d.path for d in DOCS),
    "/thu-vien-anh",
    *(a.path for a in ALBUMS),
    *PAGES,
    "/lien-he",
    "/dang-nhap",
    "/lich-cong-tac",
    SOFT_404,
]


# --- rendering helpers ----------------------------------------------------------------------


def _dv(component: str) -> str:
    """Vue's scoped-style attribute of a component."""
    return "data-v-" + hashlib.md5(component.encode()).hexdigest()[:8]


HDR, NAV, FTR, CARD, SIDE, DETAIL, BLOCKS, PAGER, LIST = (
    _dv(n)
    for n in (
        "AppHeader", "AppNav", "AppFooter", "NewsCard", "AppSidebar", "ArticleDetail",
        "BlocksRenderer", "BasePagination", "NewsList",
    )
)  # fmt: skip


def _named(markup: str) -> str:
    """TinyMCE's default "named" entity encoding: letters with a named entity as the entity."""
    out = []
    for ch in markup:
        name = codepoint2name.get(ord(ch)) if ord(ch) > 127 else None
        out.append(f"&{name};" if name else ch)
    return "".join(out)


def _legacy_text(value: str, s: Story) -> str:
    form = s.opts.get("form")
    raw = unicodedata.normalize("NFD", value) if form == "nfd" else value
    escaped = esc(raw).replace("&#x27;", "'")
    return _named(escaped) if form == "named" else escaped


def _dmy(d: date | datetime) -> str:
    return f"{d:%d/%m/%Y}"


def _views(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _ipx(src: str, size: str = "400x250") -> str:
    return f"/_ipx/s_{size}{src}"


def _thumb(s: Story) -> str:
    imgs = s.images
    return imgs[0].src if imgs else "/images/no-thumb.jpg"


def _utc(at: datetime) -> str:
    return at.replace(tzinfo=LOCAL).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _date_line(s: Story) -> str:
    at: datetime = s.opts["at"]
    if s.opts["dl"] == "time":
        out = f'<time datetime="{_utc(at)}" {DETAIL}>{at:%d/%m/%Y %H:%M}</time>'
    else:
        out = f"<span {DETAIL}>{WEEKDAYS[at.weekday()]}, {_dmy(at)}</span>"
    if s.opts.get("updated"):
        out += (
            f'<span class="text-gray-300" {DETAIL}>|</span>'
            f"<span {DETAIL}>Cập nhật: {s.opts['updated']}</span>"
        )
    return out


# --- the Nuxt payload -------------------------------------------------------------------------


class _Tag:
    """A devalue type tag: ``["ShallowReactive", idx]``."""

    def __init__(self, name: str, value: object):
        self.name, self.value = name, value


def _devalue(root: object) -> str:
    out: list[object] = []

    def add(value: object) -> int:
        idx = len(out)
        out.append(None)
        if isinstance(value, _Tag):
            out[idx] = [value.name, add(value.value)]
        elif isinstance(value, dict):
            out[idx] = {k: add(v) for k, v in value.items()}
        elif isinstance(value, list):
            out[idx] = [add(v) for v in value]
        else:
            out[idx] = value
        return idx

    add(root)
    text = json.dumps(out, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003C").replace(">", "\\u003E")


def _payload(path: str, data: dict) -> str:
    root = {
        "data": _Tag("ShallowReactive", data),
        "state": _Tag("Reactive", {"$ssite-config": {"url": "", "name": SHORT}}),
        "once": _Tag("Set", []),
        "_errors": _Tag("ShallowReactive", {k: None for k in data}),
        "serverRendered": True,
        "path": path,
    }
    return (
        '<script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true"'
        f' id="__NUXT_DATA__">{_devalue(root)}</script>\n'
        '<script>window.__NUXT__={};window.__NUXT__.config={public:{apiBase:"/api",'
        'siteName:"Sở GD&ĐT Tuyên Quang",gaId:"G-7QX2K4TQ1E"},app:{baseURL:"/",'
        'buildId:"4f0c9a7e-2b1d-4c55-9e1a-63d2c8b0f7a1",buildAssetsDir:"/_nuxt/",cdnURL:""}}</script>'
    )


def _story_json(s: Story) -> dict:
    if s.opts["tpl"] == "blocks":
        content: object = [
            {"type": "image", "image": {"url": b.src, "caption": b.printed or ""}}
            if isinstance(b, Img)
            else {"type": "heading", "level": 3, "children": [{"type": "text", "text": b.text}]}
            if b.style == "h3"
            else {"type": "paragraph", "children": [{"type": "text", "text": b.text}]}
            for b in s.blocks
            if isinstance(b, Img | P)
        ]
    else:
        content = _legacy_body(s)
    return {
        "id": s.id,
        "title": s.title,
        "slug": f"{s.slug}-{s.id}",
        "sapo": s.summary,
        "content": content,
        "template": s.opts["tpl"],
        "author": "\n".join(s.opts.get("byline", [])) or None,
        "sourceLine": s.opts.get("source_line"),
        "publishedAt": _utc(s.opts["at"]),
        "views": s.views(),
        "category": {"name": CATS[s.cat], "slug": s.cat},
        "tags": s.opts.get("tags", []),
        "thumbnail": _thumb(s),
    }


def _card_json(s: Story) -> dict:
    return {
        "id": s.id,
        "title": s.title,
        "slug": f"{s.slug}-{s.id}",
        "publishedAt": _utc(s.opts["at"]),
        "thumbnail": _thumb(s),
    }


# --- page frame -------------------------------------------------------------------------------


def _menu() -> str:
    def item(href: str, label: str, sub: list[tuple[str, str]] | None = None) -> str:
        drop = ""
        if sub:
            drop = (
                f'<div class="absolute left-0 top-full hidden group-hover:block bg-white text-gray-800'
                f' shadow-lg min-w-56 z-20" {NAV}><!--[-->'
                + "".join(
                    f'<a href="{h}" class="block px-4 py-2 hover:bg-sky-50" {NAV}>{esc(t)}</a>'
                    for h, t in sub
                )
                + "<!--]--></div>"
            )
        return (
            f'<li class="relative group" {NAV}><a href="{href}" class="block px-4 py-3'
            f' hover:bg-sky-800" {NAV}>{esc(label)}</a>{drop or "<!---->"}</li>'
        )

    items = [
        item("/", "Trang chủ"),
        item("/gioi-thieu", "Giới thiệu", [("/gioi-thieu", "Giới thiệu chung"),
                                             ("/gioi-thieu/co-cau-to-chuc", "Cơ cấu tổ chức")]),
        item("/tin-tuc", "Tin tức", [(f"/chuyen-muc/{k}", v) for k, v in CATS.items()]),
        item("/van-ban", "Văn bản"),
        item("/lich-cong-tac", "Lịch công tác"),
        item("/thu-vien-anh", "Thư viện ảnh"),
        item("/lien-he", "Liên hệ"),
    ]  # fmt: skip
    return (
        f'<div class="bg-sky-900 text-white" {NAV}><div class="max-w-7xl mx-auto px-4" {NAV}>'
        f'<ul class="flex flex-wrap text-sm font-semibold uppercase" {NAV}><!--[-->{"".join(items)}'
        "<!--]--></ul></div></div>"
    )


def _header(q: str = "") -> str:
    return (
        f'<div class="bg-sky-950 text-sky-100 text-xs" {HDR}><div class="max-w-7xl mx-auto px-4 py-1'
        f' flex justify-between items-center" {HDR}><span {HDR}>{TODAY}</span>'
        f'<div class="flex gap-4" {HDR}><span {HDR}>Đường dây nóng: {HOTLINE}</span>'
        f'<a href="/dang-nhap" class="hover:underline" {HDR}>Đăng nhập</a></div></div></div>'
        f'<div class="bg-white border-b" {HDR}><div class="max-w-7xl mx-auto px-4 py-4 flex items-center'
        f' justify-between gap-6" {HDR}><a href="/" class="flex items-center gap-3" {HDR}>'
        f'<img src="/images/logo-sgddt.png" alt="Logo" class="h-16 w-16" {HDR}>'
        f'<div {HDR}><div class="text-sm text-sky-700 uppercase" {HDR}>Ủy ban nhân dân tỉnh Tuyên Quang</div>'
        f'<div class="text-xl md:text-2xl font-extrabold text-sky-900 uppercase" {HDR}>{SITE}</div></div></a>'
        f'<form action="/tim-kiem" method="get" class="hidden md:flex" {HDR}>'
        f'<input type="search" name="q" value="{esc(q)}" placeholder="Tìm kiếm..." class="border'
        f' rounded-l px-3 py-2 text-sm w-64" {HDR}><button type="submit" class="bg-sky-800 text-white px-4'
        f' rounded-r text-sm" {HDR}>Tìm</button></form></div></div>' + _menu()
    )


def _footer() -> str:
    return (
        f'<footer class="bg-sky-950 text-sky-100 mt-10" {FTR}><div class="max-w-7xl mx-auto px-4 py-8'
        f' grid grid-cols-1 md:grid-cols-3 gap-8 text-sm" {FTR}>'
        f'<div {FTR}><p class="font-bold uppercase mb-2" {FTR}>{SITE}</p>'
        f"<p {FTR}>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Tuyên Quang</p>"
        f"<p {FTR}>Chịu trách nhiệm chính: Nguyễn Văn Sơn - Giám đốc Sở</p></div>"
        f"<div {FTR}><p {FTR}>Địa chỉ: {ADDRESS}</p><p {FTR}>Điện thoại: {PHONE}</p>"
        f'<p {FTR}>Email: <a href="mailto:{EMAIL}" {FTR}>{EMAIL}</a></p></div>'
        f'<div {FTR}><p class="font-semibold" {FTR}>Liên kết</p><ul class="space-y-1" {FTR}>'
        f'<li {FTR}><a href="https://moet.gov.vn" target="_blank" rel="noopener" {FTR}>Bộ Giáo dục và Đào tạo</a></li>'
        f'<li {FTR}><a href="https://tuyenquang.gov.vn" target="_blank" rel="noopener" {FTR}>Cổng TTĐT tỉnh Tuyên Quang</a></li>'
        f'<li {FTR}><a href="/sitemap.xml" {FTR}>Sơ đồ trang</a></li></ul></div></div>'
        f'<div class="border-t border-sky-800 text-center text-xs py-3" {FTR}>© 2026 {SHORT}.'
        " Ghi rõ nguồn khi phát hành lại thông tin từ website này. Thiết kế và phát triển bởi"
        " Công ty Cổ phần Công nghệ Giáo dục Tân Trào.</div></footer>"
    )


def _page(
    title: str,
    inner: str,
    path: str,
    base: str,
    data: dict,
    *,
    description: str = "",
    canonical: str | None = None,
    og_image: str | None = None,
    q: str = "",
) -> str:
    head = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(title)}</title>",
        '<link rel="stylesheet" href="/_nuxt/entry.C8k2fQzL.css" crossorigin>',
        '<link rel="modulepreload" as="script" crossorigin href="/_nuxt/BxRk9q2T.js">',
        '<link rel="modulepreload" as="script" crossorigin href="/_nuxt/D4mQv81a.js">',
        '<script type="module" src="/_nuxt/BxRk9q2T.js" crossorigin></script>',
        '<link rel="icon" type="image/x-icon" href="/favicon.ico">',
        f'<meta property="og:site_name" content="{esc(SHORT)}">',
        f'<meta property="og:title" content="{esc(title)}">',
    ]
    if description:
        head.append(f'<meta name="description" content="{esc(description)}">')
        head.append(f'<meta property="og:description" content="{esc(description)}">')
    if og_image:
        head.append(f'<meta property="og:image" content="{base}{og_image}">')
    if canonical:
        head.append(f'<link rel="canonical" href="{base}{canonical}">')
        head.append(f'<meta property="og:url" content="{base}{canonical}">')
    return (
        '<!DOCTYPE html>\n<html lang="vi" data-capo=""><head>\n' + "\n".join(head) + "\n</head>\n"
        '<body><div id="__nuxt"><!--[--><div class="min-h-screen flex flex-col bg-gray-50 text-gray-900">'
        + _header(q)
        + f"<!--[-->{inner}<!--]-->"
        + _footer()
        + '</div><!--]--></div><div id="teleports"></div>\n'
        + _payload(path, data)
        + "\n</body></html>"
    )


def _sidebar(semantic: bool) -> str:
    ranked = "".join(
        f'<li class="flex gap-3 py-2 border-b last:border-0" {SIDE}><span class="text-2xl font-bold'
        f' text-sky-200 w-6 shrink-0" {SIDE}>{n}</span><a href="'
        f'{STALE_PATH if i == STALE_ID else article_path(_BY_ID[i])}" class="text-sm hover:text-sky-700"'
        f" {SIDE}>{esc(_BY_ID[i].title)}</a></li>"
        for n, i in enumerate(MOST_READ, 1)
    )
    latest = "".join(
        f'<li class="py-2 border-b last:border-0" {SIDE}><a href="{article_path(s)}" class="text-sm'
        f' hover:text-sky-700" {SIDE}>{esc(s.title)}</a><div class="text-xs text-gray-500" {SIDE}>'
        f"{_dmy(s.opts['at'])}</div></li>"
        for s in LATEST[:5]
    )
    docs = "".join(
        f'<li class="py-2 border-b last:border-0 text-sm" {SIDE}><a href="{d.path}" class="font-semibold'
        f' text-sky-800" {SIDE}>{esc(d.number)}</a><p class="text-gray-600 line-clamp-2" {SIDE}>'
        f"{esc(d.abstract)}</p></li>"
        for d in DOCS[:3]
    )
    box_tag = "section" if semantic else "div"

    def box(title: str, body: str) -> str:
        head = (
            f'<h2 class="bg-sky-800 text-white text-sm font-bold uppercase px-3 py-2" {SIDE}>{title}</h2>'
            if semantic
            else f'<div class="bg-sky-800 text-white text-sm font-bold uppercase px-3 py-2" {SIDE}>{title}</div>'
        )
        return (
            f'<{box_tag} class="bg-white rounded shadow-sm mb-6" {SIDE}>{head}'
            f'<div class="px-3 py-1" {SIDE}>{body}</div></{box_tag}>'
        )

    banners = (
        f'<div class="space-y-3 mb-6" {SIDE}><!--[-->'
        f'<a href="https://dichvucong.gov.vn" target="_blank" rel="noopener" class="block" {SIDE}>'
        f'<img src="/images/banner-dich-vu-cong.jpg" alt="Dịch vụ công trực tuyến" class="w-full rounded" {SIDE}></a>'
        f'<a href="https://csdl.moet.gov.vn" target="_blank" rel="noopener" class="block" {SIDE}>'
        f'<img src="/images/banner-csdl-nganh.jpg" alt="Cơ sở dữ liệu ngành" class="w-full rounded" {SIDE}></a>'
        "<!--]--></div>"
    )
    stats = (
        f'<ul class="text-sm py-2 space-y-1" {SIDE}><li {SIDE}>Đang online: <b {SIDE}>37</b></li>'
        f"<li {SIDE}>Hôm nay: <b {SIDE}>1.482</b></li><li {SIDE}>Tháng này: <b {SIDE}>41.907</b></li>"
        f"<li {SIDE}>Tổng lượt truy cập: <b {SIDE}>3.906.215</b></li></ul>"
    )
    return (
        box("Đọc nhiều", f'<ol {SIDE}><!--[-->{ranked}<!--]--></ol>')
        + box("Tin mới nhất", f"<ul {SIDE}><!--[-->{latest}<!--]--></ul>")
        + banners
        + box("Văn bản mới", f'<ul {SIDE}><!--[-->{docs}<!--]--></ul><a href="/van-ban" class="block'
              f' text-right text-xs text-sky-700 py-2" {SIDE}>Xem tất cả »</a>')
        + box("Thống kê truy cập", stats)
    )  # fmt: skip


def _two_col(main: str, semantic: bool, crumbs: list[tuple[str, str | None]] | None = None) -> str:
    crumb_html = ""
    if crumbs is not None:
        trail = [("Trang chủ", "/"), *crumbs]
        parts = []
        for label, href in trail:
            if href:
                parts.append(f'<a href="{href}" class="hover:text-sky-700">{esc(label)}</a>')
            else:
                parts.append(f'<span class="text-gray-700">{esc(label)}</span>')
        if semantic:
            lis = '<li class="text-gray-300">/</li>'.join(f"<li>{p}</li>" for p in parts)
            crumb_html = (
                '<nav aria-label="Breadcrumb" class="text-sm text-gray-500 mb-4">'
                f'<ol class="flex flex-wrap items-center gap-2"><!--[-->{lis}<!--]--></ol></nav>'
            )
        else:
            crumb_html = (
                '<div class="text-sm text-gray-500 mb-4 flex flex-wrap gap-2"><!--[-->'
                + '<span class="text-gray-300">»</span>'.join(parts)
                + "<!--]--></div>"
            )
    if semantic:
        return (
            f'<main class="flex-1 max-w-7xl w-full mx-auto px-4 py-6">{crumb_html}'
            f'<div class="grid grid-cols-12 gap-6"><div class="col-span-12 lg:col-span-8">{main}</div>'
            f'<aside class="col-span-12 lg:col-span-4">{_sidebar(True)}</aside></div></main>'
        )
    return (
        f'<div class="flex-1 max-w-7xl w-full mx-auto px-4 py-6">{crumb_html}'
        f'<div class="grid grid-cols-12 gap-6"><div class="col-span-12 lg:col-span-8">{main}</div>'
        f'<div class="col-span-12 lg:col-span-4">{_sidebar(False)}</div></div></div>'
    )


# --- article ----------------------------------------------------------------------------------


def _blocks_body(s: Story) -> str:
    out: list[str] = []
    items: list[P] = []

    def flush() -> None:
        if items:
            tag = "ol" if items[0].style == "ol" else "ul"
            kind = "list-decimal" if tag == "ol" else "list-disc"
            lis = "".join(f"<li {BLOCKS}>{esc(i.text)}</li>" for i in items)
            out.append(f'<{tag} class="{kind} pl-6 space-y-1" {BLOCKS}>{lis}</{tag}>')
            items.clear()

    for b in s.blocks:
        if isinstance(b, P) and b.style in ("li", "ol"):
            items.append(b)
            continue
        flush()
        if isinstance(b, Img):
            cap = "<!---->"
            if b.printed is not None:
                cap = (
                    f'<figcaption class="text-sm italic text-center text-gray-600 mt-2" {BLOCKS}>'
                    f"{esc(b.printed)}</figcaption>"
                )
            out.append(
                f'<figure class="my-6" {BLOCKS}><img src="{b.src}" alt="{esc(b.printed or s.title)}"'
                f' loading="lazy" class="mx-auto rounded w-full h-auto" {BLOCKS}>{cap}</figure>'
            )
        elif b.style == "h3":
            out.append(f'<h3 class="text-xl font-bold mt-6 mb-2" {BLOCKS}>{esc(b.text)}</h3>')
        elif b.style.startswith("a|"):
            _, href, phrase = b.style.split("|", 2)
            before, after = b.text.split(phrase, 1)
            out.append(
                f'<p {BLOCKS}>{esc(before)}<a href="{href}" class="text-sky-700 underline" {BLOCKS}>'
                f"{esc(phrase)}</a>{esc(after)}</p>"
            )
        else:
            out.append(f"<p {BLOCKS}>{esc(b.text)}</p>")
    flush()
    return "<!--[-->" + "".join(out) + "<!--]-->"


def _legacy_body(s: Story) -> str:
    out: list[str] = []
    for b in s.blocks:
        if isinstance(b, P):
            out.append(f'<p style="text-align: justify;">{_legacy_text(b.text, s)}</p>')
        elif isinstance(b, Img):
            img = f'<img alt="" src="{b.src}" style="width: 720px; height: 480px;" />'
            if b.style == "em":
                out.append(f'<p style="text-align: center;">{img}</p>')
                out.append(
                    f'<p style="text-align: center;"><em>{_legacy_text(b.printed or "", s)}</em></p>'
                )
            else:
                cap = f"<figcaption>{_legacy_text(b.printed, s)}</figcaption>" if b.printed else ""
                out.append(f'<figure class="image">{img}{cap}</figure>')
    return "\n".join(out)


def _byline(s: Story) -> str:
    legacy = s.opts["tpl"] == "legacy"
    out = ""
    lines = s.opts.get("byline")
    if lines:
        # the author field is plain text (no editor entities); migrated rows keep their NFD form
        nfd = legacy and s.opts.get("form") == "nfd"
        shown = "<br>".join(_legacy_text(x, s) if nfd else esc(x) for x in lines)
        out += f'<p class="text-right font-semibold mt-4" {DETAIL}>{shown}</p>'
    else:
        out += "<!---->"
    if s.opts.get("source_line"):
        out += f'<p class="text-right text-sm italic text-gray-600" {DETAIL}>{esc(s.opts["source_line"])}</p>'
    return out


def _share(s: Story, base: str) -> str:
    url = quote(base + article_path(s), safe="")
    return (
        f'<div class="flex flex-wrap items-center gap-2 mt-6 pt-4 border-t" {DETAIL}>'
        f'<span class="text-sm font-semibold text-gray-600" {DETAIL}>Chia sẻ:</span>'
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener"'
        f' class="px-3 py-1 rounded bg-blue-600 text-white text-xs" {DETAIL}>Facebook</a>'
        f'<a href="https://sp.zalo.me/share_inline?url={url}" target="_blank" rel="noopener"'
        f' class="px-3 py-1 rounded bg-sky-500 text-white text-xs" {DETAIL}>Zalo</a>'
        f'<button type="button" class="px-3 py-1 rounded bg-gray-200 text-xs" {DETAIL}>Sao chép liên kết</button>'
        f'<button type="button" onclick="window.print()" class="px-3 py-1 rounded bg-gray-200 text-xs"'
        f" {DETAIL}>In bài</button></div>"
    )


def _tags(s: Story) -> str:
    tags = s.opts.get("tags", [])
    if not tags:
        return "<!---->"
    links = "".join(
        f'<a href="{esc(tag_path(t))}" class="px-2 py-1 bg-gray-100 rounded text-xs hover:bg-sky-100"'
        f" {DETAIL}>{esc(t)}</a>"
        for t in tags
    )
    return (
        f'<div class="flex flex-wrap items-center gap-2 mt-4" {DETAIL}><span class="text-sm'
        f' font-semibold" {DETAIL}>Từ khóa:</span><!--[-->{links}<!--]--></div>'
    )


def _related(s: Story) -> str:
    others = [o for o in in_cat(s.cat) if o.id != s.id][:3]
    if s.opts["tpl"] == "legacy":
        lis = "".join(
            f'<div class="py-1 text-sm" {DETAIL}>» <a href="{article_path(o)}" class="hover:text-sky-700"'
            f' {DETAIL}>{esc(o.title)}</a> <span class="text-gray-400" {DETAIL}>({_dmy(o.opts["at"])})</span></div>'
            for o in others
        )
        return (
            f'<div class="mt-8" {DETAIL}><div class="font-bold text-sky-900 uppercase border-b-2'
            f' border-sky-800 mb-2" {DETAIL}>Tin khác</div><!--[-->{lis}<!--]--></div>'
        )
    cards = "".join(_card(o, small=True) for o in others)
    return (
        f'<section class="mt-8" {DETAIL}><h2 class="text-lg font-bold text-sky-900 uppercase mb-4'
        f' border-l-4 border-sky-700 pl-2" {DETAIL}>Tin liên quan</h2><div class="grid grid-cols-1'
        f' md:grid-cols-3 gap-4" {DETAIL}><!--[-->{cards}<!--]--></div></section>'
    )


def _card(s: Story, small: bool = False) -> str:
    size = "320x200" if small else "400x250"
    excerpt = (
        ""
        if small
        else f'<p class="text-sm text-gray-600 line-clamp-3 mt-1" {CARD}>'
        f"{esc(s.summary or s.paragraphs[0])}</p>"
    )
    return (
        f'<div class="bg-white rounded shadow-sm overflow-hidden" {CARD}><a href="{article_path(s)}"'
        f' class="block" {CARD}><img src="{_ipx(_thumb(s), size)}" alt="{esc(s.title)}" class="w-full'
        f' h-40 object-cover" loading="lazy" {CARD}></a><div class="p-3" {CARD}>'
        f'<a href="{article_path(s)}" class="font-semibold leading-snug hover:text-sky-700 line-clamp-2" {CARD}>'
        f'{esc(s.title)}</a><p class="text-xs text-gray-500 mt-1" {CARD}>{_dmy(s.opts["at"])}</p>'
        f"{excerpt}</div></div>"
    )


def _attachment(s: Story) -> str:
    if not s.opts.get("attach"):
        return "<!---->"
    href, label, size = s.opts["attach"]
    return (
        f'<div class="mt-4 border border-dashed rounded p-3 bg-gray-50" {DETAIL}>'
        f'<div class="font-semibold text-sm mb-1" {DETAIL}>Tệp đính kèm:</div>'
        f'<a href="{href}" class="text-sky-700 text-sm underline" target="_blank" {DETAIL}>{esc(label)}</a>'
        f' <span class="text-xs text-gray-500" {DETAIL}>({size})</span></div>'
    )


def _article(s: Story, path: str, base: str) -> str:
    legacy = s.opts["tpl"] == "legacy"
    cat_link = (
        f'<a href="/chuyen-muc/{s.cat}" class="text-sky-700 font-semibold uppercase" {DETAIL}>'
        f"{CATS[s.cat]}</a>"
    )
    meta = (
        f'<div class="flex flex-wrap items-center gap-3 text-sm text-gray-500 mt-2 mb-4" {DETAIL}>'
        f'{cat_link}<span class="text-gray-300" {DETAIL}>|</span>{_date_line(s)}'
        f'<span class="text-gray-300" {DETAIL}>|</span><span {DETAIL}>{_views(s.views())} lượt xem</span></div>'
    )
    sapo = (
        f'<p class="text-lg font-semibold text-gray-800 mb-4" {DETAIL}>{esc(s.summary)}</p>'
        if s.summary
        else "<!---->"
    )
    if legacy:
        title = f'<div class="text-2xl font-bold leading-snug text-sky-900" {DETAIL}>{esc(s.title)}</div>'
        body = (
            f'<div class="prose prose-lg max-w-none text-justify" {DETAIL}>{_legacy_body(s)}</div>'
        )
        inner = (
            f'<div class="bg-white rounded shadow-sm p-5" {DETAIL}>{title}{meta}{sapo}{body}'
            f"{_attachment(s)}{_byline(s)}{_share(s, base)}{_tags(s)}</div>{_related(s)}"
        )
    else:
        title = (
            f'<h1 class="text-2xl font-bold leading-snug text-sky-900" {DETAIL}>{esc(s.title)}</h1>'
        )
        body = f'<div class="prose prose-lg max-w-none" {DETAIL}>{_blocks_body(s)}</div>'
        inner = (
            f'<article class="bg-white rounded shadow-sm p-5" {DETAIL}><header {DETAIL}>{title}{meta}</header>'
            f"{sapo}{body}{_attachment(s)}{_byline(s)}{_share(s, base)}{_tags(s)}</article>{_related(s)}"
        )
    main = _two_col(
        inner, not legacy, [("Tin tức", "/tin-tuc"), (CATS[s.cat], f"/chuyen-muc/{s.cat}")]
    )
    description = s.summary or s.paragraphs[0][:160]
    return _page(
        f"{s.title} | {SHORT}",
        main,
        path,
        base,
        {f"article-{s.id}": _story_json(s), "sidebar": [_card_json(_BY_ID[i]) for i in MOST_READ]},
        description=description,
        canonical=article_path(s),
        og_image=_thumb(s),
    )


def _soft_404(path: str, base: str) -> str:
    inner = (
        f'<div class="bg-white rounded shadow-sm p-8 text-center" {DETAIL}>'
        f'<p class="text-6xl font-bold text-sky-200" {DETAIL}>:(</p>'
        f'<p class="text-xl font-semibold mt-4" {DETAIL}>Bài viết không tồn tại hoặc đã bị gỡ bỏ.</p>'
        f'<a href="/tin-tuc" class="inline-block mt-6 px-4 py-2 bg-sky-800 text-white rounded" {DETAIL}>'
        "Xem tin tức khác</a></div>"
    )
    m = re.search(r"-(\d+)$", path)
    key = f"article-{m.group(1) if m else 0}"
    return _page(
        f"Tin tức | {SHORT}",
        _two_col(inner, True, [("Tin tức", "/tin-tuc")]),
        path,
        base,
        {key: None},
    )


def _error_404(path: str, base: str) -> Response:
    body = (
        '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>404 - Không tìm thấy trang'
        '</title></head><body><div class="min-h-screen flex flex-col items-center justify-center">'
        '<h1 class="text-8xl font-semibold">404</h1><p class="text-xl">Page not found: '
        f'{esc(path)}</p><a href="/" class="underline">Về trang chủ</a></div>'
        '<script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">'
        f'[{{"error":1,"serverRendered":2,"path":3}},true,true,"{esc(path)}"]</script></body></html>'
    )
    return html(body, status=404)


# --- listings ---------------------------------------------------------------------------------


def _page_no(params: dict[str, str]) -> int:
    try:
        return max(1, int(params.get("page", "1")))
    except ValueError:
        return 1


def _pager(base_path: str, page: int, pages: int, keep: str = "") -> str:
    if pages <= 1:
        return "<!---->"
    pre = f"{base_path}?{keep + '&' if keep else ''}page="

    def link(n: int, label: str) -> str:
        return f'<a href="{esc(pre)}{n}" class="px-3 py-1 border rounded hover:bg-sky-50" {PAGER}>{label}</a>'

    parts = []
    if page > 1:
        parts.append(link(page - 1, "«"))
    for n in range(1, pages + 1):
        if n == page:
            parts.append(
                f'<span aria-current="page" class="px-3 py-1 border rounded bg-sky-800 text-white" {PAGER}>{n}</span>'
            )
        else:
            parts.append(link(n, str(n)))
    if page < pages:
        parts.append(link(page + 1, "»"))
    return (
        f'<nav class="flex justify-center gap-1 mt-8 text-sm" aria-label="Phân trang" {PAGER}><!--[-->'
        + "".join(parts)
        + "<!--]--></nav>"
    )


def _list_rows(stories: list[Story]) -> str:
    rows = "".join(
        f'<div class="flex gap-4 py-4 border-b" {LIST}><a href="{article_path(s)}" class="shrink-0" {LIST}>'
        f'<img src="{_ipx(_thumb(s), "240x160")}" alt="" class="w-48 h-32 object-cover rounded" {LIST}></a>'
        f'<div {LIST}><a href="{article_path(s)}" class="text-lg font-semibold leading-snug hover:text-sky-700"'
        f' {LIST}>{esc(s.title)}</a><div class="text-xs text-gray-500 mt-1" {LIST}>{_dmy(s.opts["at"])}</div>'
        f'<p class="text-sm text-gray-600 mt-1 line-clamp-2" {LIST}>{esc(s.summary or s.paragraphs[0])}</p>'
        "</div></div>"
        for s in stories
    )
    return f"<!--[-->{rows}<!--]-->"


def _listing(path: str, title: str, stories: list[Story], params: dict[str, str], per: int,
             crumbs: list[tuple[str, str | None]], base: str) -> str:  # fmt: skip
    page = _page_no(params)
    pages = _pages(len(stories), per)
    chunk = stories[(page - 1) * per : page * per]
    body = (
        _list_rows(chunk)
        if chunk
        else f'<p class="py-8 text-center text-gray-500" {LIST}>Chưa có bài viết trong chuyên mục này.</p>'
    )
    inner = (
        f'<div class="bg-white rounded shadow-sm p-5" {LIST}><div class="text-xl font-bold text-sky-900'
        f' uppercase border-b-2 border-sky-800 pb-2" {LIST}>{esc(title)}</div>{body}'
        f"{_pager(path, page, pages)}</div>"
    )
    return _page(
        f"{title}{f' - Trang {page}' if page > 1 else ''} | {SHORT}",
        _two_col(inner, False, crumbs),
        path + (f"?page={page}" if "page" in params else ""),
        base,
        {f"list-{path}-{page}": {"items": [_card_json(s) for s in chunk], "total": len(stories)}},
    )


def _home(base: str) -> str:
    lead, *rest = LATEST
    hero = (
        f'<section class="grid grid-cols-1 md:grid-cols-5 gap-4 bg-white rounded shadow-sm p-4 mb-6">'
        f'<a href="{article_path(lead)}" class="md:col-span-3 block" {CARD}><img src="'
        f'{_ipx(_thumb(lead), "800x450")}" alt="{esc(lead.title)}" class="w-full rounded" {CARD}></a>'
        f'<div class="md:col-span-2" {CARD}><a href="{article_path(lead)}" class="text-2xl font-bold'
        f' leading-snug text-sky-900 hover:underline" {CARD}>{esc(lead.title)}</a>'
        f'<p class="text-xs text-gray-500 mt-2" {CARD}>{_dmy(lead.opts["at"])}</p>'
        f'<p class="mt-2 text-gray-700" {CARD}>{esc(lead.summary or lead.paragraphs[0])}</p></div></section>'
    )
    grid = (
        '<section class="mb-6"><h2 class="text-lg font-bold text-sky-900 uppercase mb-3 border-l-4'
        ' border-sky-700 pl-2">Tin mới</h2><div class="grid grid-cols-1 md:grid-cols-3 gap-4"><!--[-->'
        + "".join(_card(s) for s in rest[:6])
        + "<!--]--></div></section>"
    )
    blocks = ""
    for slug, name in CATS.items():
        items = "".join(
            f'<li class="py-2 border-b last:border-0"><a href="{article_path(s)}" class="hover:text-sky-700">'
            f'{esc(s.title)}</a> <span class="text-xs text-gray-500">{_dmy(s.opts["at"])}</span></li>'
            for s in in_cat(slug)[:3]
        )
        blocks += (
            f'<section class="bg-white rounded shadow-sm p-4 mb-6"><div class="flex justify-between'
            f' items-center border-b-2 border-sky-800 pb-2"><h2 class="font-bold text-sky-900 uppercase">'
            f'{name}</h2><a href="/chuyen-muc/{slug}" class="text-xs text-sky-700">Xem tất cả »</a></div>'
            f"<ul><!--[-->{items}<!--]--></ul></section>"
        )
    albums = "".join(
        f'<a href="{a.path}" class="block" {CARD}><img src="{_ipx(f"{UP}/album/{a.photos[0][0]}", "320x200")}"'
        f' alt="" class="w-full rounded" {CARD}><span class="text-sm font-semibold" {CARD}>{esc(a.title)}</span></a>'
        for a in ALBUMS
    )
    gallery = (
        '<section class="bg-white rounded shadow-sm p-4"><h2 class="font-bold text-sky-900 uppercase mb-3">'
        f'Thư viện ảnh</h2><div class="grid grid-cols-2 gap-4"><!--[-->{albums}<!--]--></div></section>'
    )
    main = (
        f'<main class="flex-1 max-w-7xl w-full mx-auto px-4 py-6">{hero}<div class="grid grid-cols-12 gap-6">'
        f'<div class="col-span-12 lg:col-span-8">{grid}{blocks}{gallery}</div>'
        f'<aside class="col-span-12 lg:col-span-4">{_sidebar(True)}</aside></div></main>'
    )
    return _page(
        f"Trang chủ | {SHORT}",
        main,
        "/",
        base,
        {"home-latest": [_card_json(s) for s in LATEST[:7]]},
        description=f"Cổng thông tin điện tử {SITE}",
    )


def _search_page(params: dict[str, str], base: str) -> str:
    q = params.get("q", "")
    found = _search(q)
    page = _page_no(params)
    pages = _pages(len(found), SEARCH_PER_PAGE)
    chunk = found[(page - 1) * SEARCH_PER_PAGE : page * SEARCH_PER_PAGE]
    if not q.strip():
        body = f'<p class="py-6 text-gray-500" {LIST}>Nhập từ khóa để tìm kiếm.</p>'
    elif not chunk:
        body = f'<p class="py-6 text-gray-500" {LIST}>Không tìm thấy kết quả nào phù hợp.</p>'
    else:
        body = (
            f'<p class="text-sm text-gray-500 py-2" {LIST}>Tìm thấy {len(found)} kết quả cho'
            f" “{esc(q)}”</p>{_list_rows(chunk)}"
        )
    inner = (
        f'<div class="bg-white rounded shadow-sm p-5" {LIST}><div class="text-xl font-bold text-sky-900'
        f' uppercase border-b-2 border-sky-800 pb-2" {LIST}>Kết quả tìm kiếm</div>{body}'
        f"{_pager('/tim-kiem', page, pages, 'q=' + quote(q))}</div>"
    )
    return _page(f"Tìm kiếm | {SHORT}", _two_col(inner, False, [("Tìm kiếm", None)]), "/tim-kiem",
                 base, {"search": {"q": q, "total": len(found)}}, q=q)  # fmt: skip


# --- other pages ------------------------------------------------------------------------------


def _van_ban(params: dict[str, str], base: str) -> str:
    kind = params.get("loai", "")
    docs = [d for d in DOCS if not kind or d.kind == kind]
    page = _page_no(params)
    pages = _pages(len(docs), DOCS_PER_PAGE)
    chunk = docs[(page - 1) * DOCS_PER_PAGE : page * DOCS_PER_PAGE]
    tabs = [("", "Tất cả"), *DOC_KINDS.items()]
    tab_html = "".join(
        f'<a href="/van-ban{"?loai=" + k if k else ""}" class="px-3 py-1 rounded text-sm'
        f'{" bg-sky-800 text-white" if k == kind else " bg-gray-100"}">{v}</a>'
        for k, v in tabs
    )
    rows = "".join(
        f'<tr class="border-b"><td class="p-2 whitespace-nowrap"><a href="{d.path}" class="text-sky-700'
        f' font-semibold">{esc(d.number)}</a></td><td class="p-2">{_dmy(d.issued)}</td>'
        f'<td class="p-2">{esc(d.abstract)}</td><td class="p-2"><a href="{d.file}" class="text-xs'
        f' underline">Tải về</a></td></tr>'
        for d in chunk
    )
    inner = (
        '<div class="bg-white rounded shadow-sm p-5"><h1 class="text-xl font-bold text-sky-900 uppercase'
        f' mb-4">Văn bản chỉ đạo, điều hành</h1><div class="flex gap-2 mb-4"><!--[-->{tab_html}<!--]--></div>'
        '<table class="w-full text-sm"><thead><tr class="bg-sky-50 text-left"><th class="p-2">Số/Ký hiệu</th>'
        '<th class="p-2">Ngày ban hành</th><th class="p-2">Trích yếu</th><th class="p-2">Tệp</th></tr></thead>'
        f"<tbody><!--[-->{rows}<!--]--></tbody></table>"
        f"{_pager('/van-ban', page, pages, f'loai={kind}' if kind else '')}</div>"
    )
    return _page(f"Văn bản | {SHORT}", _two_col(inner, True, [("Văn bản", None)]), "/van-ban", base,
                 {"documents": [{"id": d.id, "number": d.number} for d in chunk]})  # fmt: skip


def _doc_page(d: Doc, base: str) -> str:
    rows = [
        ("Số/Ký hiệu", esc(d.number)),
        ("Loại văn bản", DOC_KINDS[d.kind]),
        ("Ngày ban hành", _dmy(d.issued)),
        ("Cơ quan ban hành", "Sở Giáo dục và Đào tạo"),
        ("Người ký", esc(d.signer)),
        ("Trích yếu", esc(d.abstract)),
        (
            "Tệp đính kèm",
            f'<a href="{d.file}" class="text-sky-700 underline">{d.file.rsplit("/", 1)[1]}</a>',
        ),
    ]
    table = "".join(
        f'<tr class="border-b"><th class="p-2 text-left bg-gray-50 w-48">{k}</th><td class="p-2">{v}</td></tr>'
        for k, v in rows
    )
    inner = (
        '<div class="bg-white rounded shadow-sm p-5"><h1 class="text-xl font-bold text-sky-900 mb-4">'
        f'{esc(d.number)}</h1><table class="w-full text-sm"><tbody>{table}</tbody></table>'
        f'<iframe src="/pdfjs/viewer.html?file={quote(d.file, safe="")}" class="w-full h-[600px] mt-4"'
        ' title="Xem văn bản"></iframe></div>'
    )
    return _page(f"{d.number} | {SHORT}", _two_col(inner, True, [("Văn bản", "/van-ban"), (d.number, None)]),
                 d.path, base, {f"document-{d.id}": {"id": d.id, "number": d.number, "file": d.file}},
                 canonical=d.path)  # fmt: skip


def _albums(base: str) -> str:
    cards = "".join(
        f'<a href="{a.path}" class="block bg-white rounded shadow-sm overflow-hidden" {CARD}>'
        f'<img src="{_ipx(f"{UP}/album/{a.photos[0][0]}", "400x250")}" alt="" class="w-full" {CARD}>'
        f'<div class="p-3" {CARD}><div class="font-semibold" {CARD}>{esc(a.title)}</div>'
        f'<div class="text-xs text-gray-500" {CARD}>{_dmy(a.day)} · {len(a.photos)} ảnh</div></div></a>'
        for a in ALBUMS
    )
    inner = (
        '<div><div class="text-xl font-bold text-sky-900 uppercase mb-4">Thư viện ảnh</div>'
        f'<div class="grid grid-cols-1 md:grid-cols-2 gap-4"><!--[-->{cards}<!--]--></div></div>'
    )
    return _page(f"Thư viện ảnh | {SHORT}", _two_col(inner, False, [("Thư viện ảnh", None)]),
                 "/thu-vien-anh", base, {"albums": [a.id for a in ALBUMS]})  # fmt: skip


def _album_page(a: Album, base: str) -> str:
    photos = "".join(
        f'<figure class="bg-white rounded shadow-sm overflow-hidden" {CARD}><a href="{UP}/album/{f}"'
        f' target="_blank" {CARD}><img src="{_ipx(f"{UP}/album/{f}", "400x300")}" alt="{esc(c)}"'
        f' class="w-full" {CARD}></a><figcaption class="text-xs text-center p-2" {CARD}>{esc(c)}</figcaption></figure>'
        for f, c in a.photos
    )
    inner = (
        f'<div class="bg-white rounded shadow-sm p-5"><div class="text-xl font-bold text-sky-900">{esc(a.title)}</div>'
        f'<div class="text-xs text-gray-500 mb-4">{_dmy(a.day)} · {len(a.photos)} ảnh</div>'
        f'<div class="grid grid-cols-2 md:grid-cols-3 gap-3"><!--[-->{photos}<!--]--></div></div>'
    )
    return _page(f"{a.title} | {SHORT}", _two_col(inner, False, [("Thư viện ảnh", "/thu-vien-anh"),
                 (a.title, None)]), a.path, base, {f"album-{a.id}": {"id": a.id, "title": a.title}})  # fmt: skip


def _static(path: str, base: str) -> str:
    title, paras = PAGES[path]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras)
    inner = (
        f'<div class="bg-white rounded shadow-sm p-5"><h1 class="text-2xl font-bold text-sky-900 mb-4">{title}</h1>'
        f'<div class="prose max-w-none">{body}</div></div>'
    )
    crumbs = (
        [("Giới thiệu", "/gioi-thieu"), (title, None)] if path != "/gioi-thieu" else [(title, None)]
    )
    return _page(f"{title} | {SHORT}", _two_col(inner, True, crumbs), path, base, {f"page-{path}": {"title": title}},
                 canonical=path)  # fmt: skip


def _contact(base: str) -> str:
    inner = (
        '<div class="bg-white rounded shadow-sm p-5"><h1 class="text-2xl font-bold text-sky-900 mb-4">Liên hệ</h1>'
        f'<p class="mb-2">{SITE}</p><p>Địa chỉ: {ADDRESS}</p><p>Điện thoại: {PHONE} - Email: {EMAIL}</p>'
        '<form class="mt-6 space-y-3" action="/api/contact" method="post">'
        '<input name="name" placeholder="Họ và tên" class="border rounded w-full px-3 py-2">'
        '<input name="email" type="email" placeholder="Email" class="border rounded w-full px-3 py-2">'
        '<textarea name="message" rows="5" placeholder="Nội dung" class="border rounded w-full px-3 py-2"></textarea>'
        '<button type="submit" class="bg-sky-800 text-white px-4 py-2 rounded">Gửi liên hệ</button></form>'
        '<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12" class="w-full h-72 mt-6" loading="lazy"'
        ' title="Bản đồ"></iframe></div>'
    )
    return _page(
        f"Liên hệ | {SHORT}", _two_col(inner, True, [("Liên hệ", None)]), "/lien-he", base, {}
    )


def _login(base: str) -> str:
    inner = (
        '<div class="bg-white rounded shadow-sm p-8 max-w-md mx-auto"><div class="text-xl font-bold mb-4">'
        'Đăng nhập hệ thống</div><form action="/api/auth/login" method="post" class="space-y-3">'
        '<input name="username" placeholder="Tên đăng nhập" class="border rounded w-full px-3 py-2">'
        '<input name="password" type="password" placeholder="Mật khẩu" class="border rounded w-full px-3 py-2">'
        '<button type="submit" class="bg-sky-800 text-white px-4 py-2 rounded w-full">Đăng nhập</button></form></div>'
    )
    return _page(
        f"Đăng nhập | {SHORT}", f'<div class="flex-1 py-10">{inner}</div>', "/dang-nhap", base, {}
    )


def _week(params: dict[str, str]) -> tuple[int, int]:
    try:
        year, week = int(params.get("nam", "")), int(params.get("tuan", ""))
        date.fromisocalendar(year, week, 1)
    except ValueError:
        return CUR_WEEK
    return year, week


def _calendar(params: dict[str, str], base: str) -> str:
    year, week = _week(params)
    monday = date.fromisocalendar(year, week, 1)
    nav = []
    if monday > date(1, 1, 7):
        prev = (monday - timedelta(days=7)).isocalendar()
        nav.append(f'<a href="/lich-cong-tac?tuan={prev[1]}&amp;nam={prev[0]}" class="px-3 py-1 border rounded">'
                   "‹ Tuần trước</a>")  # fmt: skip
    if monday < date(9999, 12, 20):
        nxt = (monday + timedelta(days=7)).isocalendar()
        nav.append(f'<a href="/lich-cong-tac?tuan={nxt[1]}&amp;nam={nxt[0]}" class="px-3 py-1 border rounded">'
                   "Tuần sau ›</a>")  # fmt: skip
    events = CALENDAR.get((year, week), [])
    rows = (
        "".join(
            f'<tr class="border-b"><td class="p-2 font-semibold">{d}</td><td class="p-2">{t}</td>'
            f'<td class="p-2">{esc(e)}</td></tr>'
            for d, t, e in events
        )
        or '<tr><td colspan="3" class="p-4 text-center text-gray-500">Chưa có lịch công tác tuần này.</td></tr>'
    )
    sunday = min(monday, date.max - timedelta(days=6)) + timedelta(days=6)
    inner = (
        '<div class="bg-white rounded shadow-sm p-5"><h1 class="text-xl font-bold text-sky-900 uppercase">'
        f'Lịch công tác tuần {week} năm {year}</h1><p class="text-sm text-gray-500 mb-4">'
        f'(Từ ngày {_dmy(monday)} đến ngày {_dmy(sunday)})</p><div class="flex justify-between mb-4">'
        f'{"".join(nav)}</div><table class="w-full text-sm"><thead><tr class="bg-sky-50 text-left">'
        '<th class="p-2">Ngày</th><th class="p-2">Giờ</th><th class="p-2">Nội dung</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></div>"
    )
    return _page(f"Lịch công tác | {SHORT}", _two_col(inner, True, [("Lịch công tác", None)]),
                 "/lich-cong-tac", base, {f"calendar-{year}-{week}": {"events": len(events)}})  # fmt: skip


def _sitemap(base: str) -> str:
    urls = [("/", "2026-11-24")]
    urls += [(article_path(s), f"{s.opts['at']:%Y-%m-%d}") for s in LATEST]
    urls += [(f"/chuyen-muc/{c}", "2026-11-24") for c in CATS]
    urls += [(p, "2026-01-15") for p in PAGES] + [
        ("/van-ban", "2026-11-23"),
        ("/lien-he", "2026-01-15"),
    ]
    body = "".join(f"<url><loc>{base}{u}</loc><lastmod>{m}</lastmod></url>" for u, m in urls)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<?xml-stylesheet type="text/xsl" href="/__sitemap__/style.xsl"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>'
    )


_FILES = {s.opts["attach"][0] for s in STORIES if s.opts.get("attach")} | {d.file for d in DOCS}


class NuxtTailwindSite:
    def respond(self, request: Request) -> Response | None:
        path, params = request.path, request.params
        base = base_url(request)
        if path.endswith(".pdf"):
            return (
                Response(200, PDF, {"Content-Type": "application/pdf"}) if path in _FILES else None
            )
        if (
            path.startswith(("/_nuxt/", "/_ipx/", "/uploads/", "/images/"))
            or path == "/favicon.ico"
        ):
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, f"User-agent: *\nDisallow: /dang-nhap\nDisallow: /api/\nSitemap: {base}/sitemap.xml\n",
                            {"Content-Type": "text/plain; charset=utf-8"})  # fmt: skip
        if path == "/sitemap.xml":
            return Response(200, _sitemap(base), {"Content-Type": "application/xml; charset=utf-8"})
        if path == "/":
            return html(_home(base))
        if path == "/tin-tuc":
            return html(
                _listing(path, "Tin tức", LATEST, params, NEWS_PER_PAGE, [("Tin tức", None)], base)
            )
        if m := re.fullmatch(r"/chuyen-muc/([a-z-]+)", path):
            if m.group(1) not in CATS:
                return _error_404(path, base)
            name = CATS[m.group(1)]
            return html(_listing(path, name, in_cat(m.group(1)), params, CAT_PER_PAGE,
                                 [("Tin tức", "/tin-tuc"), (name, None)], base))  # fmt: skip
        if m := re.fullmatch(r"/tin-tuc/([a-z0-9-]+)-(\d+)", path):
            s = _BY_ID.get(int(m.group(2)))
            return html(_article(s, path, base) if s else _soft_404(path, base))
        if path == "/tim-kiem":
            return html(_search_page(params, base))
        if path == "/van-ban":
            return html(_van_ban(params, base))
        if path in _DOCS_BY_PATH:
            return html(_doc_page(_DOCS_BY_PATH[path], base))
        if path == "/thu-vien-anh":
            return html(_albums(base))
        if path in _ALBUMS_BY_PATH:
            return html(_album_page(_ALBUMS_BY_PATH[path], base))
        if path in PAGES:
            return html(_static(path, base))
        if path == "/lien-he":
            return html(_contact(base))
        if path == "/dang-nhap":
            return html(_login(base))
        if path == "/lich-cong-tac":
            return html(_calendar(params, base))
        return _error_404(path, base)


def build_site() -> NuxtTailwindSite:
    return NuxtTailwindSite()
