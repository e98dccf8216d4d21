"""PyroCMS 3 portal of a district Education and Training Office (Phòng GD&ĐT huyện Thạch Hà).

Platform
    PyroCMS 3.x (Laravel 5.x, Streams Platform) with the Posts, Pages, Files and Navigation
    modules, a "pgd" theme an integrator adapted from the Starter theme (Bootstrap 3 grid, his
    own Vietnamese class names: ``tde-bv``, ``tt-bv``, ``nd-bv``, ``ttat`` …) and two small
    custom stream modules of his own for documents (``/van-ban``) and photo albums
    (``/thu-vien-anh``). The app's ``APP_URL`` was left at ``http://localhost``.

URL scheme
    /                                   home (slider, notice box, one block per category)
    /posts, /posts?page=N               Posts index, Laravel ``paginate(5)``: numbered pager with
                                        absolute links (``http://<host>/posts?page=2``), the
                                        featured post pinned above the list on every page
    /posts/category/<slug>[?page=N]     category, Laravel ``simplePaginate(3)``: only
                                        "« Trang trước" / "Trang sau »"
    /posts/tag/<tag as typed>           tag listing (the href carries raw Vietnamese and spaces)
    /posts/archive/<yyyy>/<mm>          month archive (sidebar "Lưu trữ")
    /posts/<slug>                       a post (article, or a video clip post)
    /posts/<yyyy>/<mm>/<dd>/<slug>      the same post under the old permalink structure; still
                                        routed, printed only by the cached "Đọc nhiều" widget
    /posts/rss.xml                      RSS (its links use APP_URL: http://localhost/...)
    /gioi-thieu, /lien-he, /lich-cong-tac        Pages module
    /van-ban, /van-ban/<id>             documents stream (entries are not articles)
    /thu-vien-anh, /thu-vien-anh/<slug> albums stream
    /search?q=…                         search (GET form in the header)
    /files/<folder>/<file>              Files module (photos, PDFs);
    /app/default/assets/…               image-manipulation cache (listing thumbnails)

Page templates
    Every page: top bar with today's date, header with the logo and the office name in an
    ``<h1>``, navigation with drop-downs, breadcrumb ``ol.breadcrumb``, right column (search,
    "Tin mới", "Đọc nhiều", "Lưu trữ", website links, visitor counter, poll), footer.
    A post: ``h2.tde-bv`` headline, meta line ``div.tt-bv`` ("Thứ Năm, 19/11/2026 - 15:20",
    "Đăng bởi: <CMS account>", views), optional "Cập nhật" line, tools (font size, print by
    ``window.print()``), the Posts ``summary`` field in ``div.ttat`` when the editor filled it,
    the WYSIWYG body ``div.nd-bv`` (Redactor: figures, tables, Word pastes), attachments,
    "Từ khóa", share bar, Facebook comments, "Tin cùng chuyên mục" (the latest two other posts
    of the category).

How each gold article is reached
    Home page blocks show the latest three of "Tin tức - Sự kiện" and "Hoạt động chuyên môn",
    the latest of the other categories and the two latest notices. The older posts —
    "Hội nghị triển khai … Mầm non", "Giải bóng đá …" (Tin tức - Sự kiện) and "Chuyên đề …
    môn Toán" (Hoạt động chuyên môn) — are linked only from page 2 of their category, page 2-3
    of /posts, the month archives and (the football) a tag page: never from the home page or
    another post. Every post is on /posts?page=1..3 ("Xem tất cả" under "Tin mới").

Traps
    1. Title: the logo block is the page's only ``<h1>`` ("UBND HUYỆN THẠCH HÀ / PHÒNG GIÁO DỤC
       VÀ ĐÀO TẠO"); the headline is ``h2.tde-bv``. Two posts have an SEO ``meta_title`` that
       differs from the headline (``<title>`` and ``og:title``). Gold: the h2 text.
    2. Duplicates: the integrator's "Đọc nhiều" widget builds its links by hand with the old
       permalink structure, /posts/<yyyy>/<mm>/<dd>/<slug> (four posts); that URL answers 200
       with the same page and its ``<link rel="canonical">`` is ``url()->current()``, i.e.
       itself. Gold: one record per post, canonical_path /posts/<slug>, the dated URL in
       alt_paths.
    3. Wrong APP_URL: og:url, og:image, the RSS ``<link>`` and every RSS item point at
       http://localhost/…, another origin. Gold: paths on the served host; nothing is reached
       through them.
    4. Pagination: categories use ``simplePaginate`` (no page numbers, only "Trang sau »" with
       rel=next), /posts the numbered pager with absolute URLs and a "?page=1" twin of page 1;
       the featured post is pinned on every /posts page; the canonical of every listing page is
       ``url()->current()`` without its query (page 2 claims page 1). Three posts are only on
       page 2+ of listings (and month archives, a tag page).
    5. Dates: the meta line prints local time; ``article:published_time`` is Carbon in UTC
       ("2026-11-19T08:20:00+00:00"); a post published at midnight prints "00:00" and its UTC
       meta falls on the previous day; one notice prints a later "Cập nhật" line; listings
       print only "2 tuần trước" (diffForHumans). Gold: the meta line's local date-time, the day
       alone for the midnight post, never the update line.
    6. Bylines: the meta line's "Đăng bởi: pgd.thachha" / "bientap01" is a CMS account, never
       an author; the real byline is the last right-aligned paragraph of the body in many forms
       ("Tin, ảnh: X", "Tin: X - Ảnh: Y", "ThS. X - Chuyên viên …", "X (Trường …)", a unit
       "Tổ Văn phòng", "X" + "(Theo Báo Hà Tĩnh)", name over the school on a second line).
    7. Captions: Redactor ``<figure>/<figcaption>``; a two-row layout table (photo row, caption
       row) that must not become "table row" paragraphs; an italic centred line after the photo,
       in parentheses; a credit-only line "Ảnh: X" (caption None, X a photographer).
    8. Text boundaries: the sapo is the ``summary`` field printed in ``div.ttat`` above the body
       (or a bold first paragraph inside it); attachments ("Tệp đính kèm"), "Từ khóa", the share
       bar, Facebook comments and "Tin cùng chuyên mục" (with thumbnails) sit in the same
       ``div.bv-ct`` as the body; a "Xem thêm:" line inside the body links a document entry;
       in the Toán post the byline is followed by "Tài liệu tham khảo" and its entries (text);
       a body paragraph opens with "Chia sẻ tại buổi trao quà, …" like the share bar's "Chia sẻ:".
    9. Official notice: a "Thông báo" post is a document with letterhead table, "THÔNG BÁO / Về
       việc …", "Nơi nhận" / signer table; its meta line says 01/12/2026 07:45 but its date is
       the letterhead's 30/11/2026; the signer is the author.
   10. A post of the Posts module that is a video clip (/posts/video-clip-…, category "Video
       clip", a YouTube iframe and one line) is not an article (in NON_ARTICLES).
   11. Encodings and Word pastes: one post's body was pasted as decomposed Unicode (NFD); one
       has Word list paragraphs whose "-" markers sit in ``mso-list:Ignore`` spans (no text),
       another has "- " typed by the editor (text); ``<br>``-split paragraphs; a bare
       superscript footnote number (no text) next to bracketed calls "[1]" (text).

Gold decisions on ambiguous points
    - The office name in the ``<h1>`` is chrome; headline = ``h2.tde-bv`` with its emoji kept.
    - "Tổ Văn phòng" / "Tổ Mầm non" signing alone right-aligned are the authors as printed.
    - "Nguyễn Văn Khánh (Trường THCS Thạch Văn)": the school in parentheses is the unit, dropped.
    - A closing "(Theo Báo Hà Tĩnh)" is the source "Báo Hà Tĩnh"; the body sentence "Theo báo
      cáo của Phòng GD&ĐT, …" and "Theo kế hoạch, …" are text.
    - The notice's numbered headings ("1. Môn thi") are body paragraphs; its letterhead rows,
      "THÔNG BÁO", "Về việc …", "Nơi nhận" block, "TRƯỞNG PHÒNG", "(Đã ký)" and the signer's
      name are not; "Nhận được Thông báo này, … ./." is the last body paragraph.
    - "Tài liệu tham khảo" and its entries "[1] …", "[2] …" are body; the bare superscript "2"
      is dropped from its sentence.
    - A caption line printed in parentheses "(Quang cảnh hội nghị)" -> "Quang cảnh hội nghị".
    - Listing excerpts, the "Tin cùng chuyên mục" thumbnails and the listing's relative dates
      are not read; the album page and the video post are not articles even though the video
      post lives under /posts/<slug>.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import unicodedata
from dataclasses import dataclass
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    opaque,
    static_file,
)
from tests.portals._common import text as render_text

NAME = "pyrocms_pgd"
PLATFORM = "PyroCMS 3 (Laravel, Streams Platform; Posts module, integrator's theme)"
START_PATH = "/"

TODAY_LINE = "Thứ Bảy, 05/12/2026"
_NOW = _dt.datetime(2026, 12, 5, 9, 30)
APP_URL = "http://localhost"
SITE_NAME = "Phòng GD&ĐT Thạch Hà"

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "thong-bao": "Thông báo",
    "cong-doan-doan-the": "Công đoàn - Đoàn thể",
    "guong-dien-hinh": "Gương điển hình",
    "video-clip": "Video clip",
}
# the menu group each category hangs under (breadcrumb's middle step)
CAT_GROUP = {
    "tin-tuc-su-kien": "Tin tức",
    "thong-bao": "Tin tức",
    "cong-doan-doan-the": "Tin tức",
    "guong-dien-hinh": "Tin tức",
    "hoat-dong-chuyen-mon": "Chuyên môn",
    "video-clip": "Thư viện",
}


def _right(inner: str) -> Raw:
    """A right-aligned closing line of the body (byline, source) as Redactor saves it."""
    return Raw(f'<p style="text-align: right;">{inner}</p>')


F = "/files"

S1 = Story(
    id=41,
    slug="nganh-giao-duc-thach-ha-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    title="Ngành Giáo dục Thạch Hà long trọng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    cat="tin-tuc-su-kien",
    published_at="2026-11-19T15:20:00+07:00",
    summary=(
        "Chiều 19/11, Phòng GD&ĐT huyện Thạch Hà tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
        "và tuyên dương các tập thể, cá nhân có thành tích xuất sắc trong năm học 2025-2026."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Dự buổi lễ có đồng chí Nguyễn Hữu Lộc, Phó Bí thư Thường trực Huyện ủy; đồng chí Trần Thị "
            "Minh Nguyệt, Phó Chủ tịch UBND huyện; đại diện lãnh đạo các phòng, ban, ngành, đoàn thể "
            "cấp huyện cùng hơn 300 cán bộ quản lý, giáo viên tiêu biểu đến từ 68 trường học trên địa bàn.",
            "j",
        ),
        Img(
            f"{F}/tin-tuc/2026-11/le-ky-niem-20-11-01.jpg",
            "Các đại biểu dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
            "Các đại biểu dự Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
            "fig",
        ),
        P(
            "Phát biểu tại buổi lễ, đồng chí Lê Văn Thắng, Trưởng phòng GD&ĐT ôn lại truyền thống vẻ "
            "vang của ngành Giáo dục huyện nhà và khẳng định: năm học 2025-2026, toàn ngành đã hoàn "
            "thành xuất sắc các nhiệm vụ trọng tâm; tỷ lệ học sinh lớp 9 tốt nghiệp THCS đạt 99,8%; "
            "huyện có 52 học sinh đạt giải trong kỳ thi chọn học sinh giỏi cấp tỉnh, xếp thứ 3 toàn tỉnh.",
            "j",
        ),
        P(
            "Công tác xây dựng trường chuẩn quốc gia tiếp tục được quan tâm, đến nay toàn huyện có "
            "61/68 trường đạt chuẩn, đạt tỷ lệ 89,7%. Đội ngũ nhà giáo không ngừng được chuẩn hóa, "
            "100% giáo viên đạt chuẩn trình độ đào tạo theo Luật Giáo dục năm 2019.",
            "j",
        ),
        Img(
            f"{F}/tin-tuc/2026-11/le-ky-niem-20-11-02.jpg",
            "Đồng chí Trần Thị Minh Nguyệt, Phó Chủ tịch UBND huyện trao Giấy khen cho các tập thể có thành tích xuất sắc",
            "Đồng chí Trần Thị Minh Nguyệt, Phó Chủ tịch UBND huyện trao Giấy khen cho các tập thể có thành tích xuất sắc",
            "fig",
        ),
        P(
            "Thay mặt lãnh đạo huyện, đồng chí Nguyễn Hữu Lộc ghi nhận, biểu dương những nỗ lực của đội "
            "ngũ thầy cô giáo; đồng thời đề nghị ngành tiếp tục đẩy mạnh chuyển đổi số, nâng cao chất "
            "lượng giáo dục toàn diện, quan tâm hơn nữa đến đời sống của giáo viên ở các điểm trường vùng khó.",
            "j",
        ),
        P(
            "Dịp này, Chủ tịch UBND huyện đã tặng Giấy khen cho 12 tập thể và 45 cá nhân có thành tích "
            "xuất sắc trong năm học 2025-2026; Phòng GD&ĐT tặng Giấy khen cho 86 giáo viên đạt danh "
            "hiệu giáo viên dạy giỏi cấp huyện.",
            "j",
        ),
        _right("<strong>Tin, ảnh: Phan Thị Thu Hà</strong>"),
    ],
    authors=["Phan Thị Thu Hà"],
    photographers=["Phan Thị Thu Hà"],
    opts={"dt": "2026-11-19 15:20", "acct": "pgd.thachha", "tags": ["Giáo viên dạy giỏi"],
          "featured": True, "dated": True},
)

S2 = Story(
    id=17,
    slug="hoi-nghi-trien-khai-nhiem-vu-nam-hoc-2026-2027-cap-hoc-mam-non",
    title="Hội nghị triển khai nhiệm vụ năm học 2026-2027 cấp học Mầm non",
    cat="tin-tuc-su-kien",
    published_at="2026-10-06T10:05:00+07:00",
    blocks=[
        P(
            "Sáng ngày 06/10/2026, Phòng GD&ĐT huyện Thạch Hà tổ chức Hội nghị triển khai nhiệm vụ năm "
            "học 2026-2027 cấp học Mầm non. Tham dự hội nghị có lãnh đạo Phòng GD&ĐT, chuyên viên phụ "
            "trách cấp học cùng hiệu trưởng, phó hiệu trưởng của 24 trường mầm non trong toàn huyện."
        ),
        Img(f"{F}/chuyen-mon/2026-10/hoi-nghi-mam-non.jpg", "(Quang cảnh hội nghị)", "Quang cảnh hội nghị", "next"),
        P(
            "Năm học 2025-2026, cấp học Mầm non huyện Thạch Hà đã đạt được nhiều kết quả nổi bật: tỷ "
            "lệ huy động trẻ nhà trẻ đạt 38,5%, trẻ mẫu giáo đạt 99,6%; 100% trẻ được học bán trú; tỷ "
            "lệ trẻ suy dinh dưỡng thể thấp còi giảm xuống còn 3,2%."
        ),
        P("Năm học 2026-2027, cấp học Mầm non tập trung thực hiện một số nhiệm vụ trọng tâm sau:", "b"),
        P(
            "Tiếp tục rà soát, sắp xếp mạng lưới trường, lớp; tăng cường cơ sở vật chất, thiết bị dạy "
            "học theo hướng chuẩn hóa, hiện đại hóa.",
            "li",
        ),
        P(
            "Đẩy mạnh thực hiện chuyên đề “Xây dựng trường mầm non lấy trẻ làm trung tâm” gắn với "
            "xây dựng môi trường giáo dục an toàn, thân thiện.",
            "li",
        ),
        P(
            "Bảo đảm tuyệt đối an toàn cho trẻ; nâng cao chất lượng nuôi dưỡng, chăm sóc sức khỏe, "
            "phòng chống suy dinh dưỡng, thừa cân béo phì.",
            "li",
        ),
        P(
            "Tăng cường ứng dụng công nghệ thông tin, chuyển đổi số trong quản lý và tổ chức các hoạt "
            "động giáo dục.",
            "li",
        ),
        P(
            "Tại hội nghị, các đại biểu đã tập trung thảo luận, chia sẻ kinh nghiệm trong công tác tham "
            "mưu phát triển trường lớp, xây dựng môi trường giáo dục xanh - sạch - đẹp - an toàn và tổ "
            "chức các hoạt động trải nghiệm cho trẻ."
        ),
        _right("<em><strong>Tổ Mầm non</strong></em>"),
    ],
    authors=["Tổ Mầm non"],
    opts={"dt": "2026-10-06 10:05", "acct": "bientap01"},
)

S3 = Story(
    id=52,
    slug="doan-cong-tac-so-gddt-kiem-tra-cong-tac-chuyen-doi-so-tai-cac-truong-hoc",
    title="Đoàn công tác Sở GD&ĐT kiểm tra công tác chuyển đổi số tại các trường học trên địa bàn huyện",
    cat="tin-tuc-su-kien",
    published_at="2026-12-03T16:45:00+07:00",
    summary=(
        "Ngày 03/12/2026, đoàn công tác của Sở GD&ĐT Hà Tĩnh do đồng chí Nguyễn Văn Hải, Phó Giám "
        "đốc Sở làm trưởng đoàn đã kiểm tra công tác chuyển đổi số tại một số cơ sở giáo dục trên "
        "địa bàn huyện Thạch Hà."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Đoàn đã đến kiểm tra thực tế tại Trường Tiểu học Thạch Long, Trường THCS Thạch Đài và "
            "Trường Mầm non Hoa Sen. Tại các đơn vị, đoàn kiểm tra việc triển khai hồ sơ điện tử, học bạ "
            "số, sổ điểm điện tử, thanh toán không dùng tiền mặt và việc khai thác hệ thống cơ sở dữ liệu ngành."
        ),
        Img(
            f"{F}/tin-tuc/2026-12/kiem-tra-cds-01.jpg",
            "Đoàn công tác kiểm tra hồ sơ điện tử tại Trường Tiểu học Thạch Long",
            "Đoàn công tác kiểm tra hồ sơ điện tử tại Trường Tiểu học Thạch Long",
            "tbl",
        ),
        P(
            "Theo báo cáo của Phòng GD&ĐT, đến nay 100% trường tiểu học trên địa bàn huyện đã triển "
            "khai học bạ số; 96% trường THCS sử dụng sổ điểm điện tử; 100% các khoản thu được thực "
            "hiện qua hình thức không dùng tiền mặt."
        ),
        Img(
            f"{F}/tin-tuc/2026-12/kiem-tra-cds-02.jpg",
            "Học sinh Trường THCS Thạch Đài trong giờ học có sử dụng bảng tương tác",
            "Học sinh Trường THCS Thạch Đài trong giờ học có sử dụng bảng tương tác",
            "tbl",
        ),
        P(
            "Phát biểu kết luận, đồng chí Nguyễn Văn Hải đánh giá cao sự vào cuộc của Phòng GD&ĐT và "
            "các nhà trường; đề nghị các đơn vị tiếp tục rà soát, cập nhật dữ liệu đầy đủ, chính xác, "
            "bảo đảm an toàn thông tin và bồi dưỡng kỹ năng số cho đội ngũ giáo viên."
        ),
        _right("<strong>Tổ Văn phòng</strong>"),
    ],
    authors=["Tổ Văn phòng"],
    opts={"dt": "2026-12-03 16:45", "acct": "pgd.thachha", "tags": ["Chuyển đổi số"]},
)

S4 = Story(
    id=47,
    slug="truong-thcs-thach-van-don-nhan-bang-cong-nhan-dat-chuan-quoc-gia",
    title="Trường THCS Thạch Văn đón nhận Bằng công nhận đạt chuẩn Quốc gia mức độ 1 🎉",
    cat="tin-tuc-su-kien",
    published_at="2026-11-27T09:10:00+07:00",
    summary=(
        "Sáng 27/11, Trường THCS Thạch Văn long trọng tổ chức Lễ đón nhận Bằng công nhận trường đạt "
        "chuẩn Quốc gia mức độ 1 và Bằng công nhận đạt kiểm định chất lượng giáo dục cấp độ 2."
    ),
    blocks=[
        P(
            "Sáng 27/11, Trường THCS Thạch Văn long trọng tổ chức Lễ đón nhận Bằng công nhận trường đạt "
            "chuẩn Quốc gia mức độ 1 và Bằng công nhận đạt kiểm định chất lượng giáo dục cấp độ 2.",
            "lead",
        ),
        P(
            "Trường THCS Thạch Văn được thành lập năm 1965, hiện có 14 lớp với 512 học sinh, 31 cán bộ, "
            "giáo viên, nhân viên. Những năm qua, được sự quan tâm của các cấp chính quyền và sự chung "
            "tay của Nhân dân, cơ sở vật chất của nhà trường ngày càng khang trang, đáp ứng yêu cầu đổi "
            "mới giáo dục."
        ),
        Img(f"{F}/tin-tuc/2026-11/thcs-thach-van-chuan-qg.jpg", "Ảnh: Nguyễn Văn Khánh", None, "next"),
        P(
            "Chất lượng giáo dục của nhà trường có nhiều chuyển biến tích cực: tỷ lệ học sinh khá, giỏi "
            "đạt trên 65%; năm học 2025-2026 có 7 học sinh đạt giải học sinh giỏi cấp tỉnh, 23 học sinh "
            "đạt giải cấp huyện."
        ),
        P(
            "Tại buổi lễ, đồng chí Trần Thị Minh Nguyệt, Phó Chủ tịch UBND huyện đã trao Bằng công nhận "
            "cho nhà trường và đề nghị tập thể cán bộ, giáo viên tiếp tục phát huy kết quả đạt được, "
            "phấn đấu đạt chuẩn Quốc gia mức độ 2 vào năm 2028. 👏"
        ),
        _right("<strong>Nguyễn Văn Khánh (Trường THCS Thạch Văn)</strong>"),
    ],
    authors=["Nguyễn Văn Khánh"],
    photographers=["Nguyễn Văn Khánh"],
    opts={"dt": "2026-11-27 09:10", "acct": "bientap01", "nfd": True},
)

S5 = Story(
    id=44,
    slug="hoi-thi-giao-vien-day-gioi-cap-huyen-bac-tieu-hoc-nam-hoc-2026-2027",
    title="Hội thi giáo viên dạy giỏi cấp huyện bậc Tiểu học năm học 2026-2027",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-12T14:00:00+07:00",
    summary=(
        "Từ ngày 09 đến 12/11/2026, Phòng GD&ĐT Thạch Hà tổ chức Hội thi giáo viên dạy giỏi cấp "
        "huyện bậc Tiểu học với sự tham gia của 96 giáo viên đến từ 30 trường tiểu học."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Hội thi nhằm phát hiện, tuyên dương, công nhận giáo viên dạy giỏi; tạo điều kiện để giáo "
            "viên học hỏi, chia sẻ kinh nghiệm, góp phần nâng cao chất lượng đội ngũ và thực hiện hiệu "
            "quả Chương trình giáo dục phổ thông 2018.",
            "j",
        ),
        P("Mỗi giáo viên dự thi phải trải qua hai phần thi:", "j"),
        P(
            "Trình bày biện pháp nâng cao chất lượng giảng dạy, giáo dục học sinh trong thời gian 15 phút;",
            "mso",
        ),
        P(
            "Thực hành dạy 02 tiết trên lớp, trong đó 01 tiết do giáo viên tự chọn và 01 tiết do Ban tổ "
            "chức bốc thăm.",
            "mso",
        ),
        Img(f"{F}/chuyen-mon/2026-11/gvdg-tieu-hoc-01.jpg", "Ảnh: Trần Quốc Bảo", None, "next"),
        P(
            "Các tiết dạy được chuẩn bị công phu, vận dụng linh hoạt các phương pháp, kỹ thuật dạy học "
            "tích cực; nhiều giáo viên ứng dụng hiệu quả công nghệ thông tin, học liệu số, tạo hứng thú "
            "cho học sinh.",
            "j",
        ),
        Img(
            f"{F}/chuyen-mon/2026-11/gvdg-tieu-hoc-02.jpg",
            "Cô giáo Nguyễn Thị Thanh Tâm, Trường Tiểu học Thạch Kênh trong tiết dạy môn Tiếng Việt lớp 3",
            "Cô giáo Nguyễn Thị Thanh Tâm, Trường Tiểu học Thạch Kênh trong tiết dạy môn Tiếng Việt lớp 3",
            "next",
        ),
        P(
            "Kết quả, Ban tổ chức đã công nhận 78 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp huyện, "
            "trong đó 18 giáo viên được chọn tham gia bồi dưỡng dự thi cấp tỉnh.",
            "j",
        ),
        _right("<b>Tin: Lê Thị Mai - Ảnh: Trần Quốc Bảo</b>"),
    ],
    authors=["Lê Thị Mai"],
    photographers=["Trần Quốc Bảo"],
    opts={
        "dt": "2026-11-12 14:00",
        "acct": "pgd.thachha",
        "meta_title": "Hội thi GVDG cấp huyện Tiểu học 2026 - PGD Thạch Hà",
        "tags": ["Giáo viên dạy giỏi"],
        "dated": True,
    },
)

S6 = Story(
    id=23,
    slug="chuyen-de-doi-moi-phuong-phap-day-hoc-mon-toan-cap-thcs",
    title="Chuyên đề “Đổi mới phương pháp dạy học môn Toán theo Chương trình GDPT 2018” cấp THCS",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-10-22T16:10:00+07:00",
    blocks=[
        P(
            "Nhằm nâng cao năng lực chuyên môn cho đội ngũ giáo viên Toán, ngày 21/10/2026, Phòng "
            "GD&ĐT tổ chức chuyên đề “Đổi mới phương pháp dạy học môn Toán theo Chương trình GDPT "
            "2018” tại Trường THCS Thạch Trung.",
            "j",
        ),
        P(
            "Chuyên đề được tổ chức theo định hướng của Bộ GD&ĐT về sinh hoạt chuyên môn theo nghiên "
            "cứu bài học.[1] Nội dung tập trung vào việc thiết kế các hoạt động học tập giúp học sinh "
            "phát triển năng lực tư duy và lập luận toán học, năng lực mô hình hóa toán học.",
            '<p style="text-align: justify;">Chuyên đề được tổ chức theo định hướng của Bộ GD&amp;ĐT về '
            'sinh hoạt chuyên môn theo nghiên cứu bài học.<a href="#_ftn1" name="_ftnref1" title="">[1]</a> '
            "Nội dung tập trung vào việc thiết kế các hoạt động học tập giúp học sinh phát triển năng lực "
            "tư duy và lập luận toán học, năng lực mô hình hóa toán học.</p>",
        ),
        P("Chương trình chuyên đề", "h3"),
        P("Thời gian | Nội dung | Người thực hiện", "th"),
        P("7h30 - 9h00 | Dạy minh họa bài “Định lí Pythagore” (Toán 8) | Cô Trần Thị Hương, THCS Thạch Trung", "tr"),
        P("9h15 - 10h30 | Thảo luận, phân tích bài dạy | Giáo viên dự chuyên đề", "tr"),
        P("10h30 - 11h00 | Tổng kết, định hướng | Chuyên viên Phòng GD&ĐT", "tr"),
        P(
            "Qua tiết dạy minh họa, các giáo viên đã phân tích, làm rõ cách tổ chức hoạt động khám phá "
            "kiến thức, vận dụng bài toán thực tiễn và đánh giá thường xuyên theo Thông tư 22/2021/TT-BGDĐT.",
            '<p style="text-align: justify;">Qua tiết dạy minh họa, các giáo viên đã phân tích, làm rõ '
            "cách tổ chức hoạt động khám phá kiến thức, vận dụng bài toán thực tiễn và đánh giá thường "
            'xuyên theo Thông tư 22/2021/TT-BGDĐT<sup><a href="#_ftn2" name="_ftnref2" '
            'title="">2</a></sup>.</p>',
        ),
        P(
            "Chuyên đề đã nhận được nhiều ý kiến đóng góp tâm huyết, giúp giáo viên có thêm kinh nghiệm "
            "trong việc đổi mới phương pháp và kiểm tra, đánh giá theo hướng phát triển phẩm chất, năng "
            "lực học sinh.",
            "j",
        ),
        _right("<strong>ThS. Hoàng Minh Đức - Chuyên viên Phòng GD&amp;ĐT</strong>"),
        Raw('<p>&nbsp;</p><hr align="left" size="1" width="33%">'),
        P("Tài liệu tham khảo", "b"),
        P(
            "[1] Công văn số 1315/BGDĐT-GDTrH ngày 16/4/2020 của Bộ GD&ĐT hướng dẫn sinh hoạt chuyên môn "
            "thực hiện chương trình giáo dục phổ thông.",
            '<p><a href="#_ftnref1" name="_ftn1" title="">[1]</a> Công văn số 1315/BGDĐT-GDTrH ngày '
            "16/4/2020 của Bộ GD&amp;ĐT hướng dẫn sinh hoạt chuyên môn thực hiện chương trình giáo dục "
            "phổ thông.</p>",
        ),
        P(
            "[2] Thông tư số 22/2021/TT-BGDĐT ngày 20/7/2021 của Bộ GD&ĐT quy định về đánh giá học sinh "
            "trung học cơ sở và học sinh trung học phổ thông.",
            '<p><a href="#_ftnref2" name="_ftn2" title="">[2]</a> Thông tư số 22/2021/TT-BGDĐT ngày '
            "20/7/2021 của Bộ GD&amp;ĐT quy định về đánh giá học sinh trung học cơ sở và học sinh trung "
            "học phổ thông.</p>",
        ),
    ],
    authors=["Hoàng Minh Đức"],
    opts={"dt": "2026-10-22 16:10", "acct": "bientap01"},
)

S7 = Story(
    id=38,
    slug="tap-huan-su-dung-phan-mem-quan-ly-truong-hoc",
    title="Tập huấn sử dụng phần mềm quản lý trường học cho cán bộ quản lý, nhân viên văn thư",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-05",
    blocks=[
        P(
            "Thực hiện Kế hoạch số 215/KH-PGDĐT ngày 20/10/2026 của Phòng GD&ĐT về việc triển khai ứng "
            "dụng công nghệ thông tin năm học 2026-2027, trong hai ngày 03 và 04/11/2026, Phòng GD&ĐT "
            "đã tổ chức tập huấn sử dụng phần mềm quản lý trường học cho hơn 140 cán bộ quản lý, nhân "
            "viên văn thư, kế toán các trường học trên địa bàn.",
            "nbsp",
        ),
        P("Tại lớp tập huấn, các học viên được hướng dẫn:"),
        P("- Cập nhật hồ sơ cán bộ, giáo viên, học sinh lên cơ sở dữ liệu ngành;"),
        P("- Quản lý văn bản đi, đến và ký số văn bản điện tử;", "br"),
        P("- Lập kế hoạch giáo dục nhà trường, thời khóa biểu và báo cáo thống kê trên hệ thống.", "br"),
        P(
            "Theo kế hoạch, sau tập huấn các đơn vị hoàn thành việc cập nhật dữ liệu trước ngày "
            "30/11/2026 để phục vụ công tác báo cáo đầu năm học.",
            "nbsp",
        ),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="/van-ban/157" target="_blank">Kế hoạch số '
            "215/KH-PGDĐT triển khai ứng dụng CNTT năm học 2026-2027</a></p>"
        ),
    ],
    opts={"dt": "2026-11-05 00:00", "acct": "pgd.thachha", "tags": ["Chuyển đổi số"]},
)

S8 = Story(
    id=49,
    slug="sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-cum-mam-non-so-2",
    title="Sinh hoạt chuyên môn theo nghiên cứu bài học tại cụm trường Mầm non số 2",
    cat="hoat-dong-chuyen-mon",
    published_at="2026-11-24T10:15:00+07:00",
    summary=(
        "Ngày 23/11/2026, cụm chuyên môn số 2 gồm 6 trường mầm non: Thạch Liên, Thạch Kênh, Việt "
        "Tiến, Thạch Ngọc, Thạch Sơn và Ngọc Sơn đã tổ chức sinh hoạt chuyên môn theo nghiên cứu bài "
        "học tại Trường Mầm non Thạch Liên."
    ),
    blocks=[
        P(
            "Ngày 23/11/2026, cụm chuyên môn số 2 gồm 6 trường mầm non: Thạch Liên, Thạch Kênh, Việt "
            "Tiến, Thạch Ngọc, Thạch Sơn và Ngọc Sơn đã tổ chức sinh hoạt chuyên môn theo nghiên cứu bài "
            "học tại Trường Mầm non Thạch Liên.",
            "lead",
        ),
        Img(
            f"{F}/chuyen-mon/2026-11/shcm-mn-cum2-01.jpg",
            "Hoạt động khám phá “Bé với nước” của lớp Mẫu giáo 5 tuổi A1",
            "Hoạt động khám phá “Bé với nước” của lớp Mẫu giáo 5 tuổi A1",
            "fig",
        ),
        P("Các giáo viên dự giờ tập trung quan sát hoạt động học của trẻ, ghi chép cụ thể biểu hiện của từng nhóm trẻ."),
        P(
            "Sau tiết dạy, các nhóm chia sẻ những điều quan sát được, phân tích nguyên nhân khó khăn của "
            "trẻ và đề xuất cách điều chỉnh cho phù hợp.",
            "br",
        ),
        P(
            "Buổi sinh hoạt diễn ra sôi nổi, cởi mở; nhiều ý kiến thẳng thắn, thiết thực giúp giáo viên "
            "điều chỉnh cách tổ chức hoạt động, tạo cơ hội để mọi trẻ được tham gia, trải nghiệm."
        ),
        Img(f"{F}/chuyen-mon/2026-11/shcm-mn-cum2-02.jpg", None, None, "fig"),
        P(
            "Được biết, trong năm học 2026-2027, 4 cụm chuyên môn Mầm non trên địa bàn huyện sẽ luân "
            "phiên tổ chức 12 buổi sinh hoạt chuyên môn theo nghiên cứu bài học."
        ),
        _right("<strong>Bài, ảnh: Đặng Thị Lan Anh</strong>"),
    ],
    authors=["Đặng Thị Lan Anh"],
    photographers=["Đặng Thị Lan Anh"],
    opts={"dt": "2026-11-24 10:15", "acct": "bientap01"},
)

_LETTERHEAD = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%;">'
    "<tbody><tr>"
    '<td style="width:40%;text-align:center;vertical-align:top;">UBND HUYỆN THẠCH HÀ<br>'
    "<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong><br>______________<br>Số: 412/TB-PGDĐT</td>"
    '<td style="width:60%;text-align:center;vertical-align:top;"><strong>CỘNG HÒA XÃ HỘI CHỦ '
    "NGHĨA VIỆT NAM</strong><br><strong>Độc lập - Tự do - Hạnh phúc</strong><br>"
    "________________________<br><em>Thạch Hà, ngày 30 tháng 11 năm 2026</em></td>"
    "</tr></tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br><strong>Về việc tổ chức kỳ thi '
    "chọn học sinh giỏi cấp huyện lớp 9 năm học 2026-2027</strong></p>"
)
_SIGNATURE = (
    '<table border="0" cellpadding="0" cellspacing="0" style="width:100%;"><tbody><tr>'
    '<td style="width:50%;vertical-align:top;"><strong><em>Nơi nhận:</em></strong><br>'
    "- Các trường THCS;<br>- Lãnh đạo Phòng;<br>- Lưu: VT, CM.</td>"
    '<td style="width:50%;text-align:center;vertical-align:top;"><strong>TRƯỞNG PHÒNG</strong>'
    "<br><br><em>(Đã ký)</em><br><br><strong>Lê Văn Thắng</strong></td>"
    "</tr></tbody></table>"
)

S9 = Story(
    id=51,
    slug="thong-bao-to-chuc-ky-thi-chon-hoc-sinh-gioi-cap-huyen-lop-9-nam-hoc-2026-2027",
    title="Thông báo về việc tổ chức kỳ thi chọn học sinh giỏi cấp huyện lớp 9 năm học 2026-2027",
    cat="thong-bao",
    published_at="2026-11-30",
    blocks=[
        Raw(_LETTERHEAD),
        P(
            "Căn cứ Kế hoạch số 198/KH-PGDĐT ngày 15/9/2026 của Phòng GD&ĐT về thực hiện nhiệm vụ năm "
            "học 2026-2027, Phòng GD&ĐT thông báo tổ chức kỳ thi chọn học sinh giỏi cấp huyện lớp 9 "
            "năm học 2026-2027 như sau:",
            "j",
        ),
        P("1. Môn thi", "b"),
        P("Gồm 9 môn: Ngữ văn, Toán, Tiếng Anh, Vật lí, Hóa học, Sinh học, Lịch sử, Địa lí, Tin học.", "j"),
        P("2. Thời gian, địa điểm", "b"),
        P(
            "- Thời gian: Ngày 18/12/2026 (thứ Sáu). Thí sinh có mặt tại điểm thi lúc 7 giờ 00 phút để "
            "làm thủ tục dự thi.",
            "j",
        ),
        P("- Địa điểm: Trường THCS Thạch Trung.", "j"),
        P("3. Hồ sơ đăng ký dự thi", "b"),
        P(
            "Các trường THCS lập danh sách thí sinh đăng ký dự thi (theo mẫu đính kèm) gửi về Phòng "
            "GD&ĐT qua hệ thống quản lý văn bản điều hành trước ngày 10/12/2026.",
            "j",
        ),
        P(
            "Nhận được Thông báo này, đề nghị Hiệu trưởng các trường THCS triển khai thực hiện nghiêm túc./.",
            "j",
        ),
        Raw(_SIGNATURE),
    ],
    authors=["Lê Văn Thắng"],
    opts={
        "dt": "2026-12-01 07:45",
        "acct": "pgd.thachha",
        "attach": [("TB-412-PGDDT-thi-HSG-lop-9.pdf", f"{F}/van-ban/TB-412-PGDDT-thi-HSG-lop-9.pdf")],
    },
)

S10 = Story(
    id=53,
    slug="thong-bao-lich-nghi-tet-duong-lich-nam-2027",
    title="Thông báo lịch nghỉ Tết Dương lịch năm 2027 đối với các cơ sở giáo dục",
    cat="thong-bao",
    published_at="2026-12-04T17:05:00+07:00",
    blocks=[
        P(
            "Căn cứ Bộ luật Lao động năm 2019 và hướng dẫn của Sở GD&ĐT Hà Tĩnh, Phòng GD&ĐT huyện "
            "Thạch Hà thông báo lịch nghỉ Tết Dương lịch năm 2027 đối với các cơ sở giáo dục mầm non, "
            "tiểu học, THCS trên địa bàn huyện như sau:"
        ),
        P(
            "Cán bộ, giáo viên, nhân viên và học sinh được nghỉ 01 ngày vào thứ Sáu, ngày 01/01/2027. "
            "Các nhà trường bố trí dạy bù (nếu có) bảo đảm thời lượng chương trình theo kế hoạch giáo "
            "dục đã ban hành."
        ),
        P(
            "Trong thời gian nghỉ, Thủ trưởng các đơn vị phân công trực bảo vệ, bảo đảm an toàn tài sản, "
            "phòng chống cháy nổ; nhắc nhở học sinh chấp hành nghiêm quy định về an toàn giao thông, "
            "không sử dụng pháo nổ."
        ),
        P(
            "Lưu ý: Trường hợp có thay đổi, Phòng GD&ĐT sẽ thông báo trên Cổng thông tin điện tử và "
            "nhóm Zalo của ngành."
        ),
    ],
    opts={"dt": "2026-12-04 17:05", "acct": "pgd.thachha", "updated": "05/12/2026 08:10"},
)

S11 = Story(
    id=19,
    slug="cong-doan-nganh-giao-duc-trao-50-suat-qua-cho-giao-vien-hoc-sinh-kho-khan",
    title="Công đoàn ngành Giáo dục huyện trao 50 suất quà cho giáo viên, học sinh có hoàn cảnh khó khăn",
    cat="cong-doan-doan-the",
    published_at="2026-10-15T15:30:00+07:00",
    summary=(
        "Nhân dịp kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - "
        "20/10/2026), Công đoàn ngành Giáo dục huyện Thạch Hà đã trao 50 suất quà cho giáo viên, học "
        "sinh có hoàn cảnh đặc biệt khó khăn."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Mỗi suất quà trị giá 1.000.000 đồng tiền mặt cùng nhiều nhu yếu phẩm, được trích từ nguồn "
            "quỹ “Mái ấm công đoàn” và sự ủng hộ của các nhà hảo tâm, doanh nghiệp trên địa bàn."
        ),
        Img(
            f"{F}/cong-doan/2026-10/trao-qua-01.jpg",
            "Lãnh đạo Công đoàn ngành trao quà cho giáo viên có hoàn cảnh khó khăn",
            "Lãnh đạo Công đoàn ngành trao quà cho giáo viên có hoàn cảnh khó khăn",
            "next",
        ),
        P(
            "Chia sẻ tại buổi trao quà, đồng chí Nguyễn Thị Phương, Chủ tịch Công đoàn ngành Giáo dục "
            "huyện cho biết, đây là hoạt động thường niên nhằm động viên kịp thời đoàn viên, học sinh "
            "vượt qua khó khăn, yên tâm công tác và học tập."
        ),
        P(
            "“Những món quà tuy không lớn về vật chất nhưng là nguồn động viên tinh thần to lớn, giúp "
            "tôi có thêm nghị lực để tiếp tục gắn bó với nghề”, cô giáo Trần Thị Hằng, Trường Mầm non "
            "Thạch Xuân xúc động chia sẻ.",
            "q",
        ),
        P(
            "Từ đầu năm 2026 đến nay, Công đoàn ngành Giáo dục huyện đã hỗ trợ xây mới 2 “Mái ấm công "
            "đoàn” và thăm hỏi, tặng quà cho hơn 200 lượt đoàn viên, học sinh với tổng kinh phí trên 450 "
            "triệu đồng."
        ),
        Raw('<p align="right"><b>Thu Trang</b></p>'),
        Raw('<p align="right"><i>(Theo Báo Hà Tĩnh)</i></p>'),
    ],
    authors=["Thu Trang"],
    source="Báo Hà Tĩnh",
    opts={"dt": "2026-10-15 15:30", "acct": "bientap01", "tags": ["Công đoàn"], "dated": True},
)

S12 = Story(
    id=29,
    slug="giai-bong-da-nam-can-bo-giao-vien-nganh-giao-duc-nam-2026",
    title="Sôi nổi Giải bóng đá nam cán bộ, giáo viên ngành Giáo dục huyện Thạch Hà năm 2026 ⚽",
    cat="tin-tuc-su-kien",
    published_at="2026-10-28T16:00:00+07:00",
    summary=(
        "Chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, từ ngày 24 đến 28/10/2026, Công đoàn ngành "
        "Giáo dục phối hợp với Phòng GD&ĐT tổ chức Giải bóng đá nam cán bộ, giáo viên năm 2026."
    ),
    blocks=[
        P(
            "Chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam, từ ngày 24 đến 28/10/2026, Công đoàn ngành "
            "Giáo dục phối hợp với Phòng GD&ĐT tổ chức Giải bóng đá nam cán bộ, giáo viên năm 2026.",
            "lead",
        ),
        P(
            "Giải đấu có 16 đội bóng đại diện cho các cụm trường tham gia, thi đấu theo thể thức vòng "
            "tròn tính điểm ở vòng bảng và loại trực tiếp từ vòng tứ kết. Các trận đấu diễn ra tại sân "
            "vận động trung tâm huyện và sân bóng Trường THCS Thạch Trung."
        ),
        Img(
            f"{F}/tin-tuc/2026-10/bong-da-gv-2026.jpg",
            "Trận chung kết giữa đội Cụm 3 và đội Cụm 5",
            "Trận chung kết giữa đội Cụm 3 và đội Cụm 5",
            "next",
        ),
        P("Kết quả chung cuộc:"),
        P("Giải Nhất: Đội Cụm 5 (Thạch Trung - Thạch Đài - Thạch Tân);", "li"),
        P("Giải Nhì: Đội Cụm 3;", "li"),
        P("Đồng giải Ba: Đội Cụm 1 và Đội Cụm 6.", "li"),
        P(
            "Ban tổ chức cũng trao giải Cầu thủ xuất sắc nhất cho thầy Phan Văn Tuấn (Trường THCS Thạch "
            "Tân) và giải Vua phá lưới cho thầy Hồ Văn Nam (Trường Tiểu học Thạch Long) với 7 bàn thắng."
        ),
        _right("<strong>Hồ Sỹ Tùng</strong>"),
    ],
    authors=["Hồ Sỹ Tùng"],
    opts={"dt": "2026-10-28 16:00", "acct": "bientap01", "tags": ["Công đoàn"]},
)

S13 = Story(
    id=42,
    slug="co-giao-tre-10-nam-gan-bo-voi-diem-truong-vung-kho-thach-xuan",
    title="Cô giáo trẻ 10 năm gắn bó với điểm trường vùng khó Thạch Xuân",
    cat="guong-dien-hinh",
    published_at="2026-11-08T09:40:00+07:00",
    summary=(
        "Suốt 10 năm qua, cô giáo Võ Thị Ngọc Ánh, Trường Mầm non Thạch Xuân vẫn ngày ngày vượt hơn "
        "15 km đường đồi để đến với các em nhỏ ở điểm trường thôn Bình Sơn."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tốt nghiệp Trường Cao đẳng Sư phạm Hà Tĩnh năm 2016, cô Ánh tình nguyện nhận công tác tại "
            "điểm trường lẻ thôn Bình Sơn - nơi xa trung tâm nhất của xã Thạch Xuân. Những ngày đầu, "
            "lớp học chỉ có 18 cháu, cơ sở vật chất còn nhiều thiếu thốn, đường đi lầy lội mỗi khi mùa "
            "mưa đến.",
            "nbsp",
        ),
        P("Thắp lửa yêu thương từ những điều giản dị", "h3"),
        P(
            "Không quản ngại khó khăn, cô Ánh cùng đồng nghiệp tận dụng tre, nứa, chai nhựa, vỏ hộp "
            "sữa… để làm đồ dùng, đồ chơi cho trẻ. Góc thiên nhiên của lớp được cô chăm chút với những "
            "chậu rau, luống hoa do chính tay cô và các cháu trồng.",
            "nbsp",
        ),
        Img(
            f"{F}/guong-dien-hinh/2026-11/co-giao-ngoc-anh.jpg",
            "Cô Võ Thị Ngọc Ánh cùng học sinh trong giờ hoạt động ngoài trời",
            "Cô Võ Thị Ngọc Ánh cùng học sinh trong giờ hoạt động ngoài trời",
            "fig",
        ),
        P(
            "“Nhìn các con mỗi ngày một lớn, biết chào hỏi, biết yêu thương bạn bè, tôi thấy mọi vất vả "
            "đều xứng đáng”, cô Ánh tâm sự.",
            "q",
        ),
        P("Tấm gương sáng về tinh thần trách nhiệm", "h3"),
        P(
            "Nhiều năm liền, cô Ánh đạt danh hiệu Chiến sĩ thi đua cơ sở, giáo viên dạy giỏi cấp huyện; "
            "năm 2025, cô vinh dự được Chủ tịch UBND tỉnh tặng Bằng khen vì có thành tích xuất sắc trong "
            "phong trào thi đua “Đổi mới, sáng tạo trong dạy và học”.",
            "nbsp",
        ),
        P(
            "Bà Nguyễn Thị Lý, Hiệu trưởng Trường Mầm non Thạch Xuân cho biết: cô Ánh là tấm gương tiêu "
            "biểu về tinh thần trách nhiệm, luôn tận tụy với công việc, được phụ huynh và đồng nghiệp tin "
            "yêu, quý mến.",
            "nbsp",
        ),
        _right("<strong>Nguyễn Thị Hồng Nhung</strong><br><em>Trường Mầm non Thạch Xuân</em>"),
    ],
    authors=["Nguyễn Thị Hồng Nhung"],
    opts={"dt": "2026-11-08 09:40", "acct": "pgd.thachha", "dated": True},
)

#: a post of the Posts module that is a video clip page: not an article
VIDEO = Story(
    id=46,
    slug="video-clip-hoi-thi-ke-chuyen-theo-sach-cap-huyen-nam-2026",
    title="Video clip: Hội thi Kể chuyện theo sách cấp huyện năm 2026",
    cat="video-clip",
    published_at=None,
    blocks=[
        Raw(
            '<p style="text-align: center;"><iframe width="640" height="360" '
            'src="https://www.youtube.com/embed/q3VxT0b9Lk4" frameborder="0" '
            'allowfullscreen=""></iframe></p>'
        ),
        P("Mời quý thầy cô và các em học sinh cùng xem lại những phần thi ấn tượng tại Hội thi."),
    ],
    opts={"dt": "2026-11-16 20:00", "acct": "pgd.thachha"},
)

ARTICLES = [S1, S2, S3, S4, S5, S6, S7, S8, S9, S10, S11, S12, S13]
POSTS = [*ARTICLES, VIDEO]


# --- helpers ----------------------------------------------------------------------------------

_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
_ASSETS = "/app/default/assets/public/theme"
_VER = "v=1731921201"
_TOKEN = "".join(c for c in opaque("pyro-csrf", 60) if c.isalnum())[:40]


def _when(story: Story) -> _dt.datetime:
    return _dt.datetime.strptime(story.opts["dt"], "%Y-%m-%d %H:%M")


def _meta_date(when: _dt.datetime) -> str:
    """The post's meta line: "Thứ Năm, 19/11/2026 - 15:20" (Carbon, app locale vi)."""
    return f"{_WEEKDAYS[when.weekday()]}, {when:%d/%m/%Y} - {when:%H:%M}"


def _utc_iso(when: _dt.datetime) -> str:
    """``publish_at`` as Carbon prints it with the app timezone left at UTC."""
    return (when - _dt.timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def _ago(when: _dt.datetime) -> str:
    """Carbon's diffForHumans() in Vietnamese, as the listings print it."""
    delta = _NOW - when
    days = delta.days
    if days < 1:
        return f"{max(1, delta.seconds // 3600)} giờ trước"
    if days < 7:
        return f"{days} ngày trước"
    if days < 30:
        return f"{days // 7} tuần trước"
    return f"{days // 30} tháng trước"


def post_path(story: Story) -> str:
    return f"/posts/{story.slug}"


def dated_path(story: Story) -> str:
    when = _when(story)
    return f"/posts/{when:%Y/%m/%d}/{story.slug}"


def _by_date(posts: list[Story]) -> list[Story]:
    return sorted(posts, key=_when, reverse=True)


def _in_cat(cat: str) -> list[Story]:
    return _by_date([s for s in POSTS if s.cat == cat])


def _thumb(story: Story) -> str:
    """Listing thumbnail from Pyro's image cache (a hashed file name), or the theme's placeholder."""
    if not story.images:
        return f"{_ASSETS}/img/no-image.jpg"
    digest = hashlib.md5(story.images[0].src.encode()).hexdigest()
    return f"/app/default/assets/local/images/{digest}.jpg"


def _excerpt(story: Story) -> str:
    if story.summary:
        return story.summary
    first = next((b.text for b in story.blocks if isinstance(b, P)), "")
    return first if len(first) <= 180 else first[:177].rsplit(" ", 1)[0] + "..."


def _tag_href(tag: str) -> str:
    """Pyro prints the tag as typed: raw Vietnamese letters and spaces in the href."""
    return f"/posts/tag/{tag}"


# --- the WYSIWYG body -------------------------------------------------------------------------


def _t(story: Story, value: str) -> str:
    return render_text(value, nfd=bool(story.opts.get("nfd")))


def _img_html(story: Story, img: Img) -> str:
    tag = f'<img alt="" src="{esc(img.src)}" style="width: 700px;" data-redactor-inserted-image="true">'
    line = _t(story, img.printed) if img.printed else None
    if img.style == "fig":
        cap = f"<figcaption>{line}</figcaption>" if line else ""
        return f'<figure class="image">{tag}{cap}</figure>'
    if img.style == "tbl":
        return (
            '<table align="center" border="1" cellpadding="4" cellspacing="0" class="tbl-anh" '
            'style="width:100%;border-collapse:collapse;border-color:#ddd;"><tbody>'
            f'<tr><td style="text-align:center;">{tag}</td></tr>'
            f'<tr><td style="text-align:center;background:#f2f2f2;"><em>{line}</em></td></tr>'
            "</tbody></table>"
        )
    out = f'<p style="text-align: center;">{tag}</p>'
    if line:
        out += f'<p style="text-align: center;"><em><span style="font-size:13px;">{line}</span></em></p>'
    return out


def _p_html(story: Story, para: P) -> str:
    body = _t(story, para.text)
    st = para.style
    if st == "j":
        return f'<p style="text-align: justify;">{body}</p>'
    if st in ("lead", "b"):
        return f'<p style="text-align: justify;"><strong>{body}</strong></p>'
    if st == "h3":
        return f'<h3><span style="color:#0b5394;">{body}</span></h3>'
    if st == "q":
        return f'<blockquote><p><em>{body}</em></p></blockquote>'
    if st == "nbsp":
        body = body.replace(". ", ".&nbsp; ").replace(", ", ",&nbsp;", 2)
        return (
            '<p style="text-align: justify;"><span style="font-size:14pt;"><span '
            f'style="font-family:Times New Roman,Times,serif;">{body}</span></span></p>'
        )
    return f"<p>{body}</p>"


def body_html(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img_html(story, b))
        elif b.style.startswith("<"):
            out.append(b.style)
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(story, blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
            continue
        elif b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                cell = "th" if blocks[i].style == "th" else "td"
                cells = "".join(
                    f'<{cell} style="border:1px solid #999;padding:4px;">{_t(story, c)}</{cell}>'
                    for c in blocks[i].text.split(" | ")
                )
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="0" cellspacing="0" style="width:100%;'
                'border-collapse:collapse;"><tbody>' + "".join(rows) + "</tbody></table>"
            )
            continue
        elif b.style == "mso":
            n = 0
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "mso":
                kind = "First" if n == 0 else "Middle"
                out.append(
                    f'<p class="MsoListParagraphCxSp{kind}" style="margin-left:.5in;text-align:justify;'
                    'text-indent:-.25in;mso-list:l0 level1 lfo1"><!--[if !supportLists]--><span '
                    'style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif;"><span '
                    'style="mso-list:Ignore">-<span style="font:7.0pt &quot;Times New Roman&quot;">'
                    "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;</span></span></span><!--[endif]-->"
                    f'<span style="font-size:14.0pt;">{_t(story, blocks[i].text)}</span></p>'
                )
                n += 1
                i += 1
            continue
        else:
            # a paragraph followed by "br" paragraphs is one <p> split by <br>
            parts = [_t(story, b.text)]
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br":
                i += 1
                parts.append(_t(story, blocks[i].text))
            if len(parts) > 1:
                out.append("<p>" + "<br>\n".join(parts) + "</p>")
            else:
                out.append(_p_html(story, b))
        i += 1
    return "\n".join(out)


# --- chrome -----------------------------------------------------------------------------------


def _nav(active: str) -> str:
    def li(href: str, label: str) -> str:
        return f'<li><a href="{href}">{esc(label)}</a></li>'

    def drop(label: str, key: str, items: list[tuple[str, str]]) -> str:
        cls = "dropdown active" if key == active else "dropdown"
        num = {"gt": 12, "Tin tức": 14, "Chuyên môn": 19, "Thư viện": 23}[key]
        subs = "".join(li(h, t) for h, t in items)
        return (
            f'<li class="{cls}" id="menu-item-{num}"><a href="#" class="dropdown-toggle" '
            f'data-toggle="dropdown" role="button">{esc(label)} <b class="caret"></b></a>'
            f'<ul class="dropdown-menu">{subs}</ul></li>'
        )

    home_cls = ' class="active"' if active == "home" else ""
    return (
        '<nav class="navbar navbar-default mnu-chinh" id="nav-pgd"><div class="container">'
        '<div class="navbar-header"><button type="button" class="navbar-toggle collapsed" '
        'data-toggle="collapse" data-target="#mnu-collapse"><span class="icon-bar"></span>'
        '<span class="icon-bar"></span><span class="icon-bar"></span></button></div>'
        '<div class="collapse navbar-collapse" id="mnu-collapse"><ul class="nav navbar-nav">'
        f'<li{home_cls}><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>'
        + drop(
            "Giới thiệu",
            "gt",
            [("/gioi-thieu", "Giới thiệu chung"), ("/gioi-thieu#co-cau-to-chuc", "Cơ cấu tổ chức"),
             ("/lich-cong-tac", "Lịch công tác")],
        )
        + drop(
            "Tin tức",
            "Tin tức",
            [(f"/posts/category/{c}", CATS[c]) for c in
             ("tin-tuc-su-kien", "thong-bao", "cong-doan-doan-the", "guong-dien-hinh")],
        )
        + drop(
            "Chuyên môn",
            "Chuyên môn",
            [("/posts/category/hoat-dong-chuyen-mon", "Hoạt động chuyên môn"),
             ("/van-ban", "Văn bản chỉ đạo")],
        )
        + li("/van-ban", "Văn bản")
        + drop(
            "Thư viện",
            "Thư viện",
            [("/thu-vien-anh", "Thư viện ảnh"), ("/posts/category/video-clip", "Video clip")],
        )
        + li("/lien-he", "Liên hệ")
        + "</ul></div></div></nav>"
    )


def _sidebar() -> str:
    latest = _by_date(POSTS)[:5]
    tin_moi = "".join(
        f'<li><a href="{post_path(s)}">{esc(s.title)}</a> <span class="tg">({_ago(_when(s))})</span></li>'
        for s in latest
    )
    doc_nhieu = "".join(
        f'<li><span class="so">{n}</span><a href="{dated_path(s)}">{esc(s.title)}</a>'
        f' <span class="lx">{_dots(_views(s))} lượt xem</span></li>'
        for n, s in enumerate([x for x in POSTS if x.opts.get("dated")], 1)
    )
    months = [(2026, 12), (2026, 11), (2026, 10)]
    luu_tru = "".join(
        f'<li><a href="/posts/archive/{y}/{m:02d}">Tháng {m}/{y}</a> '
        f'({sum(1 for s in POSTS if _when(s).year == y and _when(s).month == m)})</li>'
        for y, m in months
    )
    return f"""
<div class="col-md-4 col-sm-12 cot-phai" id="sidebar-r">
 <div class="khoi-bn" id="block-7"><div class="tieu-de-khoi"><span>Tin mới</span></div>
  <ul class="ds-tin-moi">{tin_moi}</ul>
  <p class="xem-tat-ca"><a href="/posts">Xem tất cả &raquo;</a></p></div>
 <div class="khoi-bn" id="block-9"><div class="tieu-de-khoi"><span>Đọc nhiều</span></div>
  <ol class="ds-doc-nhieu">{doc_nhieu}</ol></div>
 <div class="khoi-bn" id="block-11"><div class="tieu-de-khoi"><span>Lưu trữ bài viết</span></div>
  <ul class="luu-tru">{luu_tru}</ul></div>
 <div class="khoi-bn" id="block-12"><div class="tieu-de-khoi"><span>Liên kết website</span></div>
  <a href="https://moet.gov.vn" target="_blank" rel="noopener"><img src="/files/banner/bo-gddt.png" alt="Bộ Giáo dục và Đào tạo" class="img-responsive"></a>
  <a href="https://hatinh.edu.vn" target="_blank" rel="noopener"><img src="/files/banner/so-gddt-ha-tinh.png" alt="Sở GD&amp;ĐT Hà Tĩnh" class="img-responsive"></a>
  <a href="https://thachha.hatinh.gov.vn" target="_blank" rel="noopener"><img src="/files/banner/ubnd-huyen-thach-ha.png" alt="UBND huyện Thạch Hà" class="img-responsive"></a>
  <select class="form-control" onchange="if(this.value) window.open(this.value)">
   <option value="">-- Các trang liên kết --</option>
   <option value="https://thi.hatinh.edu.vn">Hệ thống thi trực tuyến</option>
   <option value="https://csdl.moet.gov.vn">CSDL ngành Giáo dục</option>
   <option value="https://vnedu.vn">vnEdu</option>
   <option value="https://baohatinh.vn">Báo Hà Tĩnh</option>
  </select></div>
 <div class="khoi-bn" id="block-14"><div class="tieu-de-khoi"><span>Thăm dò ý kiến</span></div>
  <form method="post" action="/binh-chon/3" class="binh-chon">
   <input type="hidden" name="_token" value="{_TOKEN}">
   <p class="cau-hoi">Thầy cô quan tâm nhất đến nội dung nào trên Cổng thông tin?</p>
   <div class="radio"><label><input type="radio" name="answer" value="7"> Văn bản chỉ đạo, điều hành</label></div>
   <div class="radio"><label><input type="radio" name="answer" value="8"> Hoạt động chuyên môn</label></div>
   <div class="radio"><label><input type="radio" name="answer" value="9"> Thông báo, lịch công tác</label></div>
   <div class="radio"><label><input type="radio" name="answer" value="10"> Gương điển hình</label></div>
   <button type="submit" class="btn btn-xs btn-primary">Bình chọn</button>
   <button type="button" class="btn btn-xs btn-default" onclick="$('#kq-bc').modal('show')">Kết quả</button>
  </form></div>
 <div class="khoi-bn" id="block-15"><div class="tieu-de-khoi"><span>Thống kê truy cập</span></div>
  <table class="tk-truy-cap"><tbody>
   <tr><td><i class="fa fa-user"></i> Đang online:</td><td>27</td></tr>
   <tr><td><i class="fa fa-calendar-o"></i> Hôm nay:</td><td>1.204</td></tr>
   <tr><td><i class="fa fa-calendar"></i> Tháng này:</td><td>18.377</td></tr>
   <tr><td><i class="fa fa-bar-chart"></i> Tổng truy cập:</td><td>2.845.117</td></tr>
  </tbody></table></div>
</div>"""


def _views(story: Story) -> int:
    return story.views() * 3 + 211


def _dots(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _page(
    request: Request,
    *,
    title: str,
    crumbs: list[tuple[str, str | None]],
    main: str,
    active: str = "",
    head: str = "",
    description: str = "",
    body_class: str = "",
) -> str:
    base = base_url(request)
    crumb_html = "".join(
        f'<li><a href="{href}">{esc(label)}</a></li>' if href else f'<li class="active">{esc(label)}</li>'
        for label, href in [("Trang chủ", "/"), *crumbs]
    )
    desc = esc(description or "Cổng thông tin điện tử Phòng Giáo dục và Đào tạo huyện Thạch Hà, tỉnh Hà Tĩnh")
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {esc(SITE_NAME)}</title>
<meta name="description" content="{desc}">
<meta name="generator" content="PyroCMS">
<meta name="csrf-token" content="{_TOKEN}">
<link rel="canonical" href="{base}{quote(request.path, safe='/%')}">
{head}
<link rel="alternate" type="application/rss+xml" title="{esc(SITE_NAME)} - Tin tức" href="{APP_URL}/posts/rss.xml">
<link rel="icon" type="image/x-icon" href="{_ASSETS}/img/favicon.ico">
<link rel="stylesheet" href="{_ASSETS}/css/bootstrap.min.css?{_VER}">
<link rel="stylesheet" href="{_ASSETS}/css/font-awesome.min.css?{_VER}">
<link rel="stylesheet" href="{_ASSETS}/css/theme.css?{_VER}">
</head>
<body class="{body_class}">
<div id="fb-root"></div>
<div id="top-bar"><div class="container">
 <span class="ngay-ht"><i class="fa fa-clock-o"></i> {TODAY_LINE}</span>
 <span class="hotline pull-right"><i class="fa fa-phone"></i> 0239.3845.172 &nbsp;|&nbsp; <i class="fa fa-envelope"></i> pgdthachha@hatinh.edu.vn</span>
</div></div>
<header id="hd-pgd"><div class="container"><div class="row">
 <div class="col-md-1 col-xs-3"><a href="/" class="logo"><img src="{_ASSETS}/img/logo-pgd.png" alt="Logo Phòng GD&amp;ĐT Thạch Hà"></a></div>
 <div class="col-md-8 col-xs-9"><h1 class="ten-dv"><small>UBND HUYỆN THẠCH HÀ</small><br>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</h1></div>
 <div class="col-md-3 hidden-xs"><form action="/search" method="get" class="tim-kiem" role="search">
  <input type="text" name="q" class="form-control" placeholder="Nhập từ khóa tìm kiếm...">
  <button type="submit" class="btn"><i class="fa fa-search"></i></button></form></div>
</div></div></header>
{_nav(active)}
<div class="marquee-tb container"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">Chào mừng quý thầy cô đến với Cổng thông tin điện tử Phòng GD&amp;ĐT Thạch Hà. Thi đua dạy tốt - học tốt chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11!</marquee></div>
<div class="container" id="noi-dung">
 <ol class="breadcrumb bc-pgd">{crumb_html}</ol>
 <div class="row">
  <div class="col-md-8 col-sm-12 cot-trai">
{main}
  </div>
{_sidebar()}
 </div>
</div>
<footer id="ft-pgd"><div class="container"><div class="row">
 <div class="col-md-8">
  <p class="ten-cq"><strong>CỔNG THÔNG TIN ĐIỆN TỬ PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN THẠCH HÀ</strong></p>
  <p>Cơ quan chủ quản: UBND huyện Thạch Hà, tỉnh Hà Tĩnh</p>
  <p>Địa chỉ: Số 08 đường Nguyễn Huy Oánh, thị trấn Thạch Hà, huyện Thạch Hà, tỉnh Hà Tĩnh</p>
  <p>Điện thoại: 0239.3845.172 - Fax: 0239.3845.173 - Email: <a href="mailto:pgdthachha@hatinh.edu.vn">pgdthachha@hatinh.edu.vn</a></p>
  <p>Chịu trách nhiệm chính: Trưởng phòng GD&amp;ĐT huyện Thạch Hà</p>
 </div>
 <div class="col-md-4 text-right">
  <a href="https://www.facebook.com/pgdthachha" target="_blank" rel="noopener"><i class="fa fa-facebook-square fa-2x"></i></a>
  <a href="https://www.youtube.com/@pgdthachha" target="_blank" rel="noopener"><i class="fa fa-youtube-play fa-2x"></i></a>
  <a href="/posts/rss.xml" title="RSS"><i class="fa fa-rss-square fa-2x"></i></a>
  <p class="copyright">&copy; 2019 - 2026 Phòng GD&amp;ĐT Thạch Hà.<br>Ghi rõ nguồn khi phát hành lại thông tin từ website này.<br><small>Powered by PyroCMS</small></p>
 </div>
</div></div></footer>
<a href="#" id="back-to-top"><i class="fa fa-angle-up"></i></a>
<script src="{_ASSETS}/js/jquery.min.js?{_VER}"></script>
<script src="{_ASSETS}/js/bootstrap.min.js?{_VER}"></script>
<script src="{_ASSETS}/js/theme.js?{_VER}"></script>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&version=v17.0"></script>
<script src="https://sp.zalo.me/plugins/sdk.js"></script>
</body>
</html>"""


def _respond_html(page: str, status: int = 200) -> Response:
    cookie = f"laravel_session={opaque('pyro-sess', 30).rstrip('=')}; path=/; httponly"
    return html(page, status=status, headers={"Set-Cookie": cookie, "Cache-Control": "no-cache, private"})


# --- pages ------------------------------------------------------------------------------------


def _cat_crumbs(cat: str) -> list[tuple[str, str | None]]:
    return [(CAT_GROUP[cat], "/posts"), (CATS[cat], f"/posts/category/{cat}")]


def post_page(request: Request, story: Story) -> str:
    when = _when(story)
    others = [s for s in _in_cat(story.cat) if s is not story][:2]
    related = "".join(
        f'<li class="clearfix"><a href="{post_path(s)}"><img src="{_thumb(s)}" alt="" width="90"></a>'
        f'<a href="{post_path(s)}" class="td">{esc(s.title)}</a> <span class="tg">({when_s:%d/%m/%Y})</span></li>'
        for s in others
        for when_s in [_when(s)]
    )
    sapo = f'<div class="ttat" id="ttat-{story.id}">{esc(story.summary)}</div>' if story.sapo_outside else ""
    updated = (
        f'<div class="cn-bv"><em>Cập nhật: {story.opts["updated"]}</em></div>' if story.opts.get("updated") else ""
    )
    attach = "".join(
        f'<div class="dinh-kem"><i class="fa fa-paperclip"></i> Tệp đính kèm: '
        f'<a href="{href}" target="_blank">{esc(name)}</a> <span class="dl">(Tải về)</span></div>'
        for name, href in story.opts.get("attach", [])
    )
    tags = story.opts.get("tags", [])
    tags_html = (
        '<div class="tu-khoa"><i class="fa fa-tags"></i> Từ khóa: '
        + ", ".join(f'<a href="{_tag_href(t)}" rel="tag">{esc(t)}</a>' for t in tags)
        + "</div>"
        if tags
        else ""
    )
    share_url = quote(f"{APP_URL}{post_path(story)}", safe="")
    og_img = f'<meta property="og:image" content="{APP_URL}{story.images[0].src}">' if story.images else ""
    modified = (
        f'<meta property="article:modified_time" content="{_utc_iso(_dt.datetime.strptime(story.opts["updated"], "%d/%m/%Y %H:%M"))}">'
        if story.opts.get("updated")
        else ""
    )
    head = f"""<meta property="og:type" content="article">
<meta property="og:title" content="{esc(story.opts.get('meta_title', story.title))}">
<meta property="og:url" content="{APP_URL}{post_path(story)}">
{og_img}
<meta property="article:published_time" content="{_utc_iso(when)}">
{modified}"""
    main = f"""
   <div class="bv-ct post-{story.id} post-type-default" id="post-{story.id}">
    <h2 class="tde-bv">{esc(story.title)}</h2>
    <div class="tt-bv">
     <span class="ngay-dang"><i class="fa fa-calendar"></i> {_meta_date(when)}</span>
     <span class="nguoi-dang"><i class="fa fa-user"></i> Đăng bởi: {story.opts['acct']}</span>
     <span class="luot-xem"><i class="fa fa-eye"></i> {_dots(_views(story))} lượt xem</span>
    </div>
    {updated}
    <div class="cong-cu">
     <a href="javascript:void(0)" onclick="doiCoChu(-1)" title="Giảm cỡ chữ">A-</a>
     <a href="javascript:void(0)" onclick="doiCoChu(1)" title="Tăng cỡ chữ">A+</a>
     <a href="javascript:window.print()" title="In bài viết"><i class="fa fa-print"></i> In bài</a>
    </div>
    {sapo}
    <div class="nd-bv" id="nd-{story.id}">
{body_html(story)}
    </div>
    {attach}
    {tags_html}
    <div class="chia-se">
     <span>Chia sẻ:</span>
     <a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" rel="noopener" class="btn-fb"><i class="fa fa-facebook"></i> Facebook</a>
     <div class="zalo-share-button" data-href="{APP_URL}{post_path(story)}" data-oaid="579745863508352884" data-layout="1" data-color="blue" data-customize="false"></div>
    </div>
    <div class="fb-comments" data-href="{APP_URL}{post_path(story)}" data-width="100%" data-numposts="5"></div>
    <div class="tin-khac">
     <div class="tieu-de-khoi"><span>Tin cùng chuyên mục</span></div>
     <ul>{related}</ul>
    </div>
   </div>"""
    return _page(
        request,
        title=story.opts.get("meta_title", story.title),
        crumbs=_cat_crumbs(story.cat),
        main=main,
        active=CAT_GROUP[story.cat],
        head=head,
        description=_excerpt(story),
        body_class="posts-module post-single",
    )


def _item(story: Story) -> str:
    when = _when(story)
    return (
        f'<div class="item-tin clearfix" id="entry-{story.id}">'
        f'<a href="{post_path(story)}" class="anh-dd"><img src="{_thumb(story)}" alt="{esc(story.title)}"></a>'
        f'<h3 class="td-tin"><a href="{post_path(story)}">{esc(story.title)}</a></h3>'
        f'<div class="tg-tin"><i class="fa fa-clock-o"></i> <span title="{when:%d/%m/%Y %H:%M}">{_ago(when)}</span></div>'
        f'<p class="mota">{esc(_excerpt(story))}</p></div>'
    )


def _page_no(request: Request) -> int:
    raw = request.params.get("page", "1")
    return int(raw) if raw.isdigit() and int(raw) > 0 else 1


def _simple_pager(request: Request, path: str, page: int, has_more: bool) -> str:
    base = base_url(request)
    prev = (
        f'<li class="page-item"><a class="page-link" href="{base}{path}?page={page - 1}" rel="prev">&laquo; Trang trước</a></li>'
        if page > 1
        else '<li class="page-item disabled"><span class="page-link">&laquo; Trang trước</span></li>'
    )
    nxt = (
        f'<li class="page-item"><a class="page-link" href="{base}{path}?page={page + 1}" rel="next">Trang sau &raquo;</a></li>'
        if has_more
        else '<li class="page-item disabled"><span class="page-link">Trang sau &raquo;</span></li>'
    )
    return f'<ul class="pagination">{prev}{nxt}</ul>'


def _full_pager(request: Request, path: str, page: int, last: int) -> str:
    base = base_url(request)
    items = []
    if page > 1:
        items.append(f'<li class="page-item"><a class="page-link" href="{base}{path}?page={page - 1}" rel="prev" aria-label="&laquo; Previous">&lsaquo;</a></li>')
    else:
        items.append('<li class="page-item disabled" aria-disabled="true"><span class="page-link" aria-hidden="true">&lsaquo;</span></li>')
    for n in range(1, last + 1):
        if n == page:
            items.append(f'<li class="page-item active" aria-current="page"><span class="page-link">{n}</span></li>')
        else:
            items.append(f'<li class="page-item"><a class="page-link" href="{base}{path}?page={n}">{n}</a></li>')
    if page < last:
        items.append(f'<li class="page-item"><a class="page-link" href="{base}{path}?page={page + 1}" rel="next" aria-label="Next &raquo;">&rsaquo;</a></li>')
    else:
        items.append('<li class="page-item disabled" aria-disabled="true"><span class="page-link" aria-hidden="true">&rsaquo;</span></li>')
    return '<nav><ul class="pagination" role="navigation">' + "".join(items) + "</ul></nav>"


def category_page(request: Request, cat: str) -> str:
    per = 3
    posts = _in_cat(cat)
    page = _page_no(request)
    chunk = posts[(page - 1) * per : page * per]
    items = "".join(_item(s) for s in chunk) or '<p class="khong-co">Chưa có bài viết nào trong chuyên mục.</p>'
    pager = _simple_pager(request, request.path, page, len(posts) > page * per) if len(posts) > per else ""
    main = f"""
   <div class="ds-tin cm-{cat}">
    <div class="tieu-de-cm"><h2>{esc(CATS[cat])}</h2></div>
    {items}
    {pager}
   </div>"""
    return _page(
        request,
        title=CATS[cat],
        crumbs=[(CAT_GROUP[cat], "/posts"), (CATS[cat], None)],
        main=main,
        active=CAT_GROUP[cat],
        body_class="posts-module posts-category",
    )


def index_page(request: Request) -> str:
    per = 5
    posts = _by_date(POSTS)
    last = (len(posts) + per - 1) // per
    page = _page_no(request)
    chunk = posts[(page - 1) * per : page * per]
    featured = next(s for s in POSTS if s.opts.get("featured"))
    items = "".join(_item(s) for s in chunk) or '<p class="khong-co">Không có bài viết nào.</p>'
    main = f"""
   <div class="tin-noi-bat-ghim"><span class="nhan">Tin nổi bật</span>
    <a href="{post_path(featured)}"><img src="{_thumb(featured)}" alt=""></a>
    <h3><a href="{post_path(featured)}">{esc(featured.title)}</a></h3>
    <p>{esc(_excerpt(featured))}</p></div>
   <div class="ds-tin">
    <div class="tieu-de-cm"><h2>Tin tức</h2></div>
    {items}
    {_full_pager(request, "/posts", page, last)}
   </div>"""
    return _page(request, title="Tin tức", crumbs=[("Tin tức", None)], main=main, active="Tin tức",
                 body_class="posts-module posts-index")


def list_page(request: Request, heading: str, posts: list[Story], crumb: str) -> str:
    items = "".join(_item(s) for s in _by_date(posts)) or '<p class="khong-co">Không có bài viết nào.</p>'
    main = f"""
   <div class="ds-tin">
    <div class="tieu-de-cm"><h2>{esc(heading)}</h2></div>
    {items}
   </div>"""
    return _page(request, title=heading, crumbs=[("Tin tức", "/posts"), (crumb, None)], main=main,
                 body_class="posts-module posts-list")


def home_page(request: Request) -> str:
    posts = _by_date(POSTS)
    featured = next(s for s in POSTS if s.opts.get("featured"))
    slider = [featured, *[s for s in posts if s is not featured and s.cat != "video-clip"][:3]]
    slides = "".join(
        f'<div class="item{" active" if n == 0 else ""}"><a href="{post_path(s)}"><img src="{_thumb(s)}" alt=""></a>'
        f'<div class="carousel-caption"><h3><a href="{post_path(s)}">{esc(s.title)}</a></h3></div></div>'
        for n, s in enumerate(slider)
    )
    notices = "".join(
        f'<li><i class="fa fa-bell-o"></i> <a href="{post_path(s)}">{esc(s.title)}</a> '
        f'<span class="moi">Mới</span></li>'
        for s in _in_cat("thong-bao")[:2]
    )

    def block(cat: str, n: int) -> str:
        rows = _in_cat(cat)[:n]
        first, rest = rows[0], rows[1:]
        lis = "".join(f'<li><a href="{post_path(s)}">{esc(s.title)}</a></li>' for s in rest)
        return (
            f'<div class="khoi-cm" id="khoi-{cat}"><div class="tieu-de-khoi"><a href="/posts/category/{cat}">'
            f"{esc(CATS[cat])}</a></div><div class=\"row\"><div class=\"col-md-6\">"
            f'<a href="{post_path(first)}"><img src="{_thumb(first)}" alt="" class="img-responsive"></a>'
            f'<h4><a href="{post_path(first)}">{esc(first.title)}</a></h4>'
            f'<p>{esc(_excerpt(first))}</p></div><div class="col-md-6"><ul>{lis}</ul></div></div></div>'
        )

    main = f"""
   <div id="slider-tin" class="carousel slide" data-ride="carousel"><div class="carousel-inner">{slides}</div>
    <a class="left carousel-control" href="#slider-tin" data-slide="prev">&lsaquo;</a>
    <a class="right carousel-control" href="#slider-tin" data-slide="next">&rsaquo;</a></div>
   <div class="khoi-tb"><div class="tieu-de-khoi"><a href="/posts/category/thong-bao">Thông báo</a></div><ul>{notices}</ul></div>
   {block("tin-tuc-su-kien", 3)}
   {block("hoat-dong-chuyen-mon", 3)}
   <div class="row"><div class="col-md-6">{block("cong-doan-doan-the", 1)}</div>
   <div class="col-md-6">{block("guong-dien-hinh", 1)}</div></div>
   {block("video-clip", 1)}"""
    page = _page(request, title="Trang chủ", crumbs=[], main=main, active="home", body_class="home")
    return page.replace('<ol class="breadcrumb bc-pgd"><li><a href="/">Trang chủ</a></li></ol>', "")


# --- pages module, documents, albums -----------------------------------------------------------


def intro_page(request: Request) -> str:
    main = """
   <div class="trang-tinh" id="page-3">
    <h2 class="tde-bv">Giới thiệu chung</h2>
    <p style="text-align: justify;">Phòng Giáo dục và Đào tạo huyện Thạch Hà là cơ quan chuyên môn thuộc UBND huyện, có chức năng tham mưu, giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện.</p>
    <p style="text-align: justify;">Toàn huyện hiện có 68 cơ sở giáo dục công lập gồm 24 trường mầm non, 30 trường tiểu học, 14 trường trung học cơ sở với hơn 27.000 học sinh và 1.950 cán bộ, giáo viên, nhân viên.</p>
    <h3 id="co-cau-to-chuc">Cơ cấu tổ chức</h3>
    <table class="table table-bordered"><thead><tr><th>TT</th><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr></thead><tbody>
     <tr><td>1</td><td>Lê Văn Thắng</td><td>Trưởng phòng</td><td>0912.345.678</td></tr>
     <tr><td>2</td><td>Nguyễn Thị Thu Hương</td><td>Phó Trưởng phòng</td><td>0983.456.123</td></tr>
     <tr><td>3</td><td>Trần Đình Hùng</td><td>Phó Trưởng phòng</td><td>0915.678.234</td></tr>
     <tr><td>4</td><td>Hoàng Minh Đức</td><td>Chuyên viên THCS</td><td>0988.112.345</td></tr>
    </tbody></table>
   </div>"""
    return _page(request, title="Giới thiệu chung", crumbs=[("Giới thiệu", None)], main=main, active="gt")


def contact_page(request: Request) -> str:
    main = f"""
   <div class="trang-tinh" id="page-5">
    <h2 class="tde-bv">Liên hệ</h2>
    <p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN THẠCH HÀ</strong></p>
    <p>Địa chỉ: Số 08 đường Nguyễn Huy Oánh, thị trấn Thạch Hà, huyện Thạch Hà, tỉnh Hà Tĩnh</p>
    <p>Điện thoại: 0239.3845.172 - Email: pgdthachha@hatinh.edu.vn</p>
    <form method="post" action="/lien-he" class="form-lien-he">
     <input type="hidden" name="_token" value="{_TOKEN}">
     <div class="form-group"><label>Họ và tên (*)</label><input type="text" name="name" class="form-control"></div>
     <div class="form-group"><label>Email (*)</label><input type="email" name="email" class="form-control"></div>
     <div class="form-group"><label>Tiêu đề</label><input type="text" name="subject" class="form-control"></div>
     <div class="form-group"><label>Nội dung (*)</label><textarea name="message" rows="5" class="form-control"></textarea></div>
     <button type="submit" class="btn btn-primary">Gửi liên hệ</button>
    </form>
    <iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3788.4!2d105.87!3d18.35" width="100%" height="300" frameborder="0"></iframe>
   </div>"""
    return _page(request, title="Liên hệ", crumbs=[("Liên hệ", None)], main=main)


def calendar_page(request: Request) -> str:
    rows = [
        ("Thứ Hai, 30/11", "Sáng: Giao ban lãnh đạo Phòng. Chiều: Trưởng phòng dự họp UBND huyện."),
        ("Thứ Ba, 01/12", "Cả ngày: Kiểm tra chuyên đề tại Trường TH Thạch Ngọc (đ/c Hương)."),
        ("Thứ Tư, 02/12", "Sáng: Họp Hội đồng thi đua ngành. Chiều: Làm việc tại cơ quan."),
        ("Thứ Năm, 03/12", "Cả ngày: Tiếp đoàn công tác Sở GD&ĐT kiểm tra chuyển đổi số."),
        ("Thứ Sáu, 04/12", "Sáng: Duyệt đề thi HSG lớp 9. Chiều: Họp Công đoàn ngành."),
        ("Thứ Bảy, 05/12", "Trực cơ quan: đ/c Trần Đình Hùng."),
    ]
    trs = "".join(f"<tr><td>{esc(d)}</td><td>{esc(t)}</td></tr>" for d, t in rows)
    main = f"""
   <div class="trang-tinh lich-ct">
    <h2 class="tde-bv">Lịch công tác tuần 49 (từ ngày 30/11/2026 đến ngày 06/12/2026)</h2>
    <table class="table table-bordered"><thead><tr><th>Ngày</th><th>Nội dung công việc</th></tr></thead><tbody>{trs}</tbody></table>
   </div>"""
    return _page(request, title="Lịch công tác", crumbs=[("Giới thiệu", "/gioi-thieu"), ("Lịch công tác", None)],
                 main=main, active="gt")


@dataclass(frozen=True)
class Doc:
    id: int
    number: str
    kind: str
    date: str
    signer: str
    subject: str
    file: str


DOCS = [
    Doc(157, "215/KH-PGDĐT", "Kế hoạch", "20/10/2026", "Lê Văn Thắng",
        "Kế hoạch triển khai ứng dụng công nghệ thông tin năm học 2026-2027", "KH-215-PGDDT.pdf"),
    Doc(156, "1256/PGDĐT-GDTrH", "Công văn", "16/10/2026", "Nguyễn Thị Thu Hương",
        "V/v hướng dẫn kiểm tra, đánh giá giữa học kỳ I năm học 2026-2027", "CV-1256-PGDDT.pdf"),
]


def docs_page(request: Request) -> str:
    trs = "".join(
        f'<tr><td><a href="/van-ban/{d.id}">{esc(d.number)}</a></td><td>{d.date}</td>'
        f'<td><a href="/van-ban/{d.id}">{esc(d.subject)}</a></td>'
        f'<td><a href="/files/van-ban/{d.file}"><i class="fa fa-download"></i></a></td></tr>'
        for d in DOCS
    )
    main = f"""
   <div class="van-ban">
    <h2 class="tde-bv">Văn bản chỉ đạo, điều hành</h2>
    <table class="table table-striped"><thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead><tbody>{trs}</tbody></table>
   </div>"""
    return _page(request, title="Văn bản", crumbs=[("Văn bản", None)], main=main)


def doc_page(request: Request, d: Doc) -> str:
    main = f"""
   <div class="van-ban ct-vb">
    <h2 class="tde-bv">{esc(d.kind)} số {esc(d.number)}</h2>
    <table class="table table-bordered"><tbody>
     <tr><th>Số/Ký hiệu</th><td>{esc(d.number)}</td></tr>
     <tr><th>Loại văn bản</th><td>{esc(d.kind)}</td></tr>
     <tr><th>Ngày ban hành</th><td>{d.date}</td></tr>
     <tr><th>Cơ quan ban hành</th><td>Phòng GD&amp;ĐT Thạch Hà</td></tr>
     <tr><th>Người ký</th><td>{esc(d.signer)}</td></tr>
     <tr><th>Trích yếu</th><td>{esc(d.subject)}</td></tr>
     <tr><th>Tệp đính kèm</th><td><a href="/files/van-ban/{d.file}">{d.file}</a></td></tr>
    </tbody></table>
    <p><a href="/van-ban">&laquo; Quay lại danh sách văn bản</a></p>
   </div>"""
    return _page(request, title=f"{d.kind} số {d.number}", crumbs=[("Văn bản", "/van-ban"), (d.number, None)],
                 main=main, active="Chuyên môn")


ALBUM_SLUG = "hoi-khoe-phu-dong-cap-huyen-2026"
ALBUM_PHOTOS = [
    ("hkpd-01.jpg", "Lễ khai mạc Hội khỏe Phù Đổng cấp huyện năm 2026"),
    ("hkpd-02.jpg", "Nội dung thi chạy 60m nam lớp 6"),
    ("hkpd-03.jpg", "Thi đấu môn cờ vua"),
    ("hkpd-04.jpg", "Môn bóng chuyền nữ"),
    ("hkpd-05.jpg", "Trao giải cho các vận động viên xuất sắc"),
    ("hkpd-06.jpg", "Ban tổ chức chụp ảnh lưu niệm"),
]


def albums_page(request: Request) -> str:
    main = f"""
   <div class="thu-vien">
    <h2 class="tde-bv">Thư viện ảnh</h2>
    <div class="row"><div class="col-md-6 album-item"><a href="/thu-vien-anh/{ALBUM_SLUG}"><img src="/files/albums/{ALBUM_SLUG}/hkpd-01.jpg" alt="" class="img-responsive"></a>
    <h4><a href="/thu-vien-anh/{ALBUM_SLUG}">Hội khỏe Phù Đổng cấp huyện năm 2026</a></h4><span>6 ảnh</span></div></div>
   </div>"""
    return _page(request, title="Thư viện ảnh", crumbs=[("Thư viện ảnh", None)], main=main, active="Thư viện")


def album_page(request: Request) -> str:
    items = "".join(
        f'<div class="col-md-4 col-xs-6 anh"><a href="/files/albums/{ALBUM_SLUG}/{f}" data-lightbox="album">'
        f'<img src="/files/albums/{ALBUM_SLUG}/{f}" alt="{esc(c)}" class="img-responsive"></a><p>{esc(c)}</p></div>'
        for f, c in ALBUM_PHOTOS
    )
    main = f"""
   <div class="thu-vien album-ct">
    <h2 class="tde-bv">Hội khỏe Phù Đổng cấp huyện năm 2026</h2>
    <div class="tt-bv"><i class="fa fa-calendar"></i> 14/11/2026 &nbsp; <i class="fa fa-picture-o"></i> 6 ảnh</div>
    <div class="row">{items}</div>
   </div>"""
    return _page(request, title="Hội khỏe Phù Đổng cấp huyện năm 2026",
                 crumbs=[("Thư viện ảnh", "/thu-vien-anh"), ("Hội khỏe Phù Đổng cấp huyện năm 2026", None)],
                 main=main, active="Thư viện")


def search_page(request: Request) -> str:
    q = unicodedata.normalize("NFC", request.params.get("q", "").strip())
    if not q:
        body = '<p class="canh-bao">Vui lòng nhập từ khóa cần tìm.</p>'
    else:
        hits = [s for s in _by_date(POSTS) if q.lower() in s.title.lower()]
        body = (
            f"<p>Tìm thấy {len(hits)} kết quả cho từ khóa <strong>{esc(q)}</strong></p>"
            + "".join(_item(s) for s in hits)
        )
    main = f'<div class="ket-qua-tim"><h2 class="tde-bv">Kết quả tìm kiếm</h2>{body}</div>'
    return _page(request, title="Tìm kiếm", crumbs=[("Tìm kiếm", None)], main=main)


def rss(request: Request) -> Response:
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{APP_URL}{post_path(s)}</link>"
        f"<guid>{APP_URL}{post_path(s)}</guid><description>{esc(_excerpt(s))}</description>"
        f"<pubDate>{(_when(s) - _dt.timedelta(hours=7)):%a, %d %b %Y %H:%M:%S} +0000</pubDate></item>"
        for s in _by_date(POSTS)[:10]
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>{esc(SITE_NAME)}</title><link>{APP_URL}</link><description>Tin tức</description>"
        f"{items}</channel></rss>"
    )
    return Response(200, xml, {"Content-Type": "application/rss+xml; charset=UTF-8"})


def not_found(request: Request) -> Response:
    main = (
        '<div class="loi-404"><h2 class="tde-bv">404 - Không tìm thấy trang</h2>'
        '<p>Trang bạn yêu cầu không tồn tại hoặc đã bị xóa. <a href="/">Quay về trang chủ</a></p></div>'
    )
    return _respond_html(_page(request, title="Không tìm thấy trang", crumbs=[("Lỗi 404", None)], main=main), 404)


# --- the site ---------------------------------------------------------------------------------

_BY_SLUG = {s.slug: s for s in POSTS}
_TAGS = sorted({t for s in POSTS for t in s.opts.get("tags", [])})


class PyroSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        low = path.lower()
        if low.startswith(("/files/", "/app/")):
            if low.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path != "/" and path.endswith("/"):
            return redirect(base_url(request) + path.rstrip("/"), 301)
        if request.method == "POST":
            if path == "/lien-he":
                return redirect(base_url(request) + "/lien-he", 302)
            if path == "/binh-chon/3":
                return redirect(base_url(request) + "/", 302)
            return Response(419, "<h1>Page Expired</h1>", {"Content-Type": "text/html; charset=utf-8"})
        page = self._route(request)
        if page is None:
            return not_found(request)
        if isinstance(page, Response):
            return page
        return _respond_html(page)

    def _route(self, request: Request) -> str | Response | None:
        path = request.path
        parts = [p for p in path.split("/") if p]
        if path == "/":
            return home_page(request)
        if parts[0] == "posts":
            return self._posts(request, parts[1:])
        simple = {
            "/gioi-thieu": intro_page,
            "/lien-he": contact_page,
            "/lich-cong-tac": calendar_page,
            "/van-ban": docs_page,
            "/thu-vien-anh": albums_page,
            "/search": search_page,
        }
        if path in simple:
            return simple[path](request)
        if len(parts) == 2 and parts[0] == "van-ban":
            doc = next((d for d in DOCS if str(d.id) == parts[1]), None)
            return doc_page(request, doc) if doc else None
        if parts == ["thu-vien-anh", ALBUM_SLUG]:
            return album_page(request)
        return None

    def _posts(self, request: Request, rest: list[str]) -> str | Response | None:
        if not rest:
            return index_page(request)
        if rest == ["rss.xml"]:
            return rss(request)
        if len(rest) == 2 and rest[0] == "category":
            return category_page(request, rest[1]) if rest[1] in CATS else None
        if len(rest) == 2 and rest[0] == "tag":
            tag = unicodedata.normalize("NFC", unquote(rest[1]).replace("+", " "))
            if tag not in _TAGS:
                return None
            return list_page(request, f"Từ khóa: {tag}", [s for s in POSTS if tag in s.opts.get("tags", [])], tag)
        if len(rest) == 3 and rest[0] == "archive":
            y, m = rest[1], rest[2]
            posts = [s for s in POSTS if f"{_when(s):%Y}" == y and f"{_when(s):%m}" == m]
            return list_page(request, f"Lưu trữ: Tháng {int(m)}/{y}", posts, f"Tháng {int(m)}/{y}") if posts else None
        if len(rest) == 4:
            story = _BY_SLUG.get(rest[3])
            if story and "/".join(rest[:3]) == f"{_when(story):%Y/%m/%d}":
                return post_page(request, story)
            return None
        if len(rest) == 1 and rest[0] in _BY_SLUG:
            return post_page(request, _BY_SLUG[rest[0]])
        return None


def build_site() -> PyroSite:
    return PyroSite()


# --- gold -------------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    alts = [dated_path(story)] if story.opts.get("dated") else []
    return gold_record(story, post_path(story), CATS[story.cat], canonical_path=post_path(story), alt_paths=alts)


GOLD = [_gold(s) for s in ARTICLES]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/lich-cong-tac",
    "/van-ban/156",
    "/van-ban/157",
    f"/thu-vien-anh/{ALBUM_SLUG}",
    post_path(VIDEO),
]
