"""Backdrop CMS 1.x portal of a district Education and Training Office (Phòng GD&ĐT huyện Cẩm Xuyên).

Platform
--------
Backdrop CMS 1.29 (the Drupal 7 fork) with a vendor sub-theme ``pgd_cx`` of Basis on the
``moscone_flipped`` layout: ``<header class="l-header">``, ``<div class="l-wrapper">``,
``<main class="l-content">`` and a left ``l-sidebar``. Blocks print as ``<div class="block
block-<module>-<delta>">``; the vendor's own custom blocks (``block-block-thanh-tren``,
``block-block-thong-ke``…) are tables with inline styles and Vietnamese class names. Content
types: ``post`` (news, the articles), ``page`` (intro), ``van_ban`` (document entries),
``album`` and ``video``. Views: the front page's blocks, the taxonomy term page (teasers, a full
pager, 4 a page), ``/van-ban`` (a table), ``/thu-vien-anh`` (a grid), ``/rss.xml``.

URL scheme
----------
- ``/`` and ``/home`` (Backdrop's front page path; the front page pager links go there);
  ``/?q=<internal path>`` (the non-clean form Backdrop still answers).
- ``/tin-tuc/<slug>`` path alias of ``/node/<nid>`` (both answer 200; canonical = alias);
  two posts have no alias at all: ``/node/<nid>`` is their address.
- ``/chuyen-muc/<slug>`` = ``/taxonomy/term/<tid>`` (category terms; ``?page=N`` zero-based),
  ``/tags/<slug>`` (tags vocabulary).
- ``/comment/<cid>`` comment permalinks (serve the whole node page).
- ``/van-ban``, ``/van-ban/<slug>``, ``/thu-vien-anh``, ``/thu-vien-anh/<slug>``,
  ``/video/<slug>``, ``/gioi-thieu``, ``/lien-he``, ``/user/login``, ``/user/register``,
  ``/rss.xml``, ``/robots.txt``; images and files under ``/files/``, ``/core/``, ``/themes/``.

Page templates
--------------
Front page (slider "Tin nổi bật", "Tin mới" with a Views *mini pager*, a "Thông báo" box,
three boxes of the Chuyên môn sections); term page (teasers ``<article class="node
view-mode-teaser">``, full pager); node page (``<h1 class="page-title">`` above the node,
``<p class="submitted">Gửi bởi <account> vào T6, 04/12/2026 - 16:20</p>``, field image, body
field, category/tags/author/update/attachment fields, statistics counter, share tools,
"Tin cùng chuyên mục" block, comments on one post); listing tables for documents; album grid.

How each gold article is reached
--------------------------------
- Front page: slider (287, 285, 279), "Tin mới" page 1 (287, 285, 284, 283), the
  "Thông báo" box (286, 272), section boxes (284; 285, 276; 281, 251).
- ``/home?page=0%2C1`` (mini pager, 2nd page): 281, 279, 276, 251; ``/home?page=0%2C2``: 243, 239.
- ``/chuyen-muc/tin-tuc-su-kien`` (287, 283, 279, 243) and ``?page=1`` (239 — the only
  listing that shows it besides the front page's third page).
- ``/chuyen-muc/thong-bao`` (286, 272, 268 — 268 is in no front-page box).
- ``/chuyen-muc/hoat-dong-chuyen-mon`` (children's posts) and its ``?page=1`` (251);
  ``/chuyen-muc/giao-duc-…`` for each section.
- The sidebar "Tin xem nhiều" links ``/node/<nid>``; the "Chuyên đề" custom block links
  ``/?q=node/276``; 283's "Xem thêm:" line links 279's old alias (301 to the new one).

Traps
-----
1. Two pagers on one page: the front page's "Tin mới" mini pager is pager element 1, so its
   links are ``/home?page=0%2C1`` and ``/home?page=0%2C2`` (Backdrop's front page path, comma
   URL-encoded). They are new listing pages, not duplicates of ``/``; 239 is reached only
   there or on the term page's ``?page=1`` (zero-based: the pager's "2").
2. Node twins: every post answers at its alias and at ``/node/<nid>`` (linked from "Tin xem
   nhiều") and, for 276, at ``/?q=node/276``; 285's comment permalinks ``/comment/41`` and
   ``/comment/42`` serve the whole node page. Gold: one record per post at its alias, the others
   in ``alt_paths``. Posts 251 and 268 have no alias: their gold path is ``/node/<nid>``.
3. Renamed alias: 279's old alias ``/tin-tuc/gap-mat-ky-niem-ngay-nha-giao-viet-nam-2011``
   (linked from 283's "Xem thêm:" line) answers 301 to the new alias; listed in alt_paths.
4. The "submitted" line names the CMS account (``quantri_pgd``, ``bientap_th``): nobody. The
   authors sign at the end of the body (right-aligned paragraph, "Bài, ảnh: X (Trường …)",
   "Tin: X - Ảnh: Y", a unit "Tổ Mầm non", "ThS. X (Trường …)") or in a "Tác giả:" field
   ("Phạm Văn Dũng - Hiệu trưởng" -> "Phạm Văn Dũng").
5. Dates: the submitted line gives day and time (gold with +07:00); 283's is "00:00" (the day
   alone); 272 hides the submitted line and prints a "Ngày đăng:" field with the day only;
   281 prints a later "Cập nhật lần cuối:" field (not the date); comments carry their own
   dates; 286 is an official notice: its date is the letterhead's day (30/11), not the
   submitted line's (01/12).
6. Chrome inside the node: "Chuyên mục:" / "Từ khóa:" / "Tác giả:" / "Cập nhật lần cuối:"
   fields, a "Tệp đính kèm" table (``<table class="sticky-enabled">`` with file name and size
   rows), the statistics counter "312 lượt đọc", share tools, the comment thread and the
   "Tin cùng chuyên mục" block in the content region: none of it is body.
7. Teaser listings print the same ``<article class="node node-post">`` markup (title, submitted
   line, image, trimmed body, "Đọc thêm") as the node page: term pages, tag pages and the
   front page are not articles. Document entries (``node-van-ban``, with "Trích yếu" text and
   a date), the album and the video node look like articles and are not.
8. Captions in four dresses: Backdrop's caption filter ``<figure class="caption caption-img">
   …<figcaption>``, an italic centred line under the photo "(…)" (parentheses off), a
   newspaper's ``<table class="picture">`` with a ``td.caption`` row (not a table row of the
   body), Word's ``MsoCaption`` paragraph. "Ảnh: Võ Thị Mai" under each photo is a credit
   only: caption None, photographer. The field image above the body has no caption line.
9. Official notice 286: letterhead table (UBND HUYỆN … | CỘNG HÒA …, "Số: 1318/TB-PGDĐT",
   "Cẩm Xuyên, ngày 30 tháng 11 năm 2026"), "THÔNG BÁO" + subject, then "Nơi nhận" and the
   signer in a closing table: not body; the schedule table in the middle is body (rows with
   cells joined by " | "); signer "Trần Văn Lộc" is the author.
10. Text encodings: 279's body is entity-encoded by CKEditor (``Ng&agrave;y Nh&agrave;
    gi&aacute;o``, ``&#7889;``); 251 (imported) stores its body in NFD; 281 is pasted from Word
    (``MsoNormal``, ``<o:p>``, bullets in ``<span style="mso-list:Ignore">`` which are no
    text, while a typed "- " is text), with spacer paragraphs holding only ``&nbsp;``.
11. Sapo: 287's bold first paragraph and 276's "field_tom_tat" box (bold italic) above the body
    are sapos; other posts have none (the meta description, a cut first paragraph, is not one).
12. ``<br>`` splits: 272 prints its "Căn cứ …" lines and its three "- " lines each in one
    ``<p>`` separated by ``<br />``: each line is a paragraph.
13. Footnote call "[1]" in 268's text stays glued to its word ("cơ sở[1];") and the note
    "[1] Thông tư …" after the ``<hr>`` is body.

Gold decisions on ambiguous points
----------------------------------
- category: the term the post is filed under (the last crumb before the title and the
  "Chuyên mục:" field), e.g. "Giáo dục Tiểu học", not its parent "Hoạt động chuyên môn".
- 283: "Xem thêm:" line and "Nguồn: Cổng TTĐT huyện Cẩm Xuyên" are not body;
  source = "Cổng TTĐT huyện Cẩm Xuyên"; authors none.
- 243: the newspaper's author "Thu Trang" is the author; "Theo Báo Hà Tĩnh" -> source
  "Báo Hà Tĩnh"; its first sentence "Theo kế hoạch của UBND tỉnh…" is text.
- 284's title and text keep their emoji ("🌸", "🎉"); 272's title keeps its leading "📢".
- 286: the heading lines "1. Thời gian, thành phần" etc. are body; published_at "2026-11-30".
- 287's field image (``/files/styles/large/…?itok=…``) is the article's first photo,
  caption None; thumbnails of other posts and the logo are not its images.
- 285's comments (titles, texts, names, dates) are not body; its /comment/<cid> permalinks are
  alt paths.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from urllib.parse import quote

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
    static_file,
    text,
)

NAME = "backdrop_cms_pgd"
PLATFORM = "Backdrop CMS 1.x (moscone_flipped layout, Views, path aliases, taxonomy term pages)"
START_PATH = "/"

SITE = "Phòng GD&ĐT Cẩm Xuyên"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
PER_TERM_PAGE = 4
PER_HOME_PAGE = 4

_WD = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]

# slug -> (tid, name, parent slug)
CATS: dict[str, tuple[int, str, str | None]] = {
    "tin-tuc-su-kien": (1, "Tin tức - Sự kiện", None),
    "hoat-dong-chuyen-mon": (2, "Hoạt động chuyên môn", None),
    "thong-bao": (3, "Thông báo", None),
    "giao-duc-mam-non": (4, "Giáo dục Mầm non", "hoat-dong-chuyen-mon"),
    "giao-duc-tieu-hoc": (5, "Giáo dục Tiểu học", "hoat-dong-chuyen-mon"),
    "giao-duc-thcs": (6, "Giáo dục THCS", "hoat-dong-chuyen-mon"),
}
TAGS: dict[str, tuple[int, str]] = {
    "chuyen-doi-so": (11, "Chuyển đổi số"),
    "hoi-thi": (12, "Hội thi"),
    "nha-giao": (13, "Ngày Nhà giáo"),
}

IMG = "/files/anh-bai-viet/2026"


def _dt(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M")


# --- the thirteen posts ----------------------------------------------------------------------

S287 = Story(
    id=287,
    slug="hoi-nghi-so-ket-cong-tac-chuyen-doi-so-trong-giao-duc-hoc-ky-i-nam-hoc-2026-2027",
    title="Hội nghị sơ kết công tác chuyển đổi số trong giáo dục học kỳ I, năm học 2026 - 2027",
    cat="tin-tuc-su-kien",
    published_at="2026-12-04T16:20:00+07:00",
    summary=(
        "Chiều ngày 04/12/2026, Phòng GD&ĐT huyện Cẩm Xuyên tổ chức Hội nghị sơ kết công tác chuyển "
        "đổi số trong giáo dục học kỳ I, năm học 2026 - 2027. Dự hội nghị có đại diện lãnh đạo UBND "
        "huyện, cán bộ quản lý và giáo viên phụ trách công nghệ thông tin của 68 trường học trên địa bàn."
    ),
    blocks=[
        Img("/files/styles/large/public/field/image/2026/12/hoi-nghi-cds-01.jpg?itok=Qm3vT8aE", style="field"),
        P(
            "Chiều ngày 04/12/2026, Phòng GD&ĐT huyện Cẩm Xuyên tổ chức Hội nghị sơ kết công tác chuyển "
            "đổi số trong giáo dục học kỳ I, năm học 2026 - 2027. Dự hội nghị có đại diện lãnh đạo UBND "
            "huyện, cán bộ quản lý và giáo viên phụ trách công nghệ thông tin của 68 trường học trên địa bàn.",
            "bold",
        ),
        P(
            "Báo cáo tại hội nghị cho thấy, sau gần một học kỳ triển khai, 100% trường học trên địa bàn "
            "huyện đã sử dụng hệ thống cơ sở dữ liệu ngành, sổ điểm điện tử và học bạ số; 62/68 trường "
            "đã triển khai thu học phí không dùng tiền mặt; hơn 85% giáo viên được bồi dưỡng kỹ năng khai "
            "thác học liệu số và ứng dụng trí tuệ nhân tạo trong soạn giảng."
        ),
        Img(
            f"{IMG}/12/hoi-nghi-cds-02.jpg",
            "Đồng chí Nguyễn Thị Hương, Phó Chủ tịch UBND huyện phát biểu chỉ đạo tại hội nghị",
            "Đồng chí Nguyễn Thị Hương, Phó Chủ tịch UBND huyện phát biểu chỉ đạo tại hội nghị",
            "figure",
        ),
        P(
            "Bên cạnh những kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như: hạ tầng mạng ở "
            "một số điểm trường lẻ vùng bãi ngang còn yếu; việc cập nhật dữ liệu lên hệ thống có lúc "
            "chưa kịp thời; một bộ phận giáo viên lớn tuổi còn lúng túng khi sử dụng các phần mềm mới."
        ),
        P(
            "Phát biểu chỉ đạo, đồng chí Nguyễn Thị Hương đề nghị ngành Giáo dục huyện tiếp tục xác "
            "định chuyển đổi số là nhiệm vụ trọng tâm, xuyên suốt; các nhà trường cần chủ động bố trí "
            "kinh phí nâng cấp hạ tầng, đẩy mạnh số hóa hồ sơ, sổ sách và tăng cường công tác kiểm tra, "
            "giám sát việc cập nhật dữ liệu."
        ),
        Img(
            f"{IMG}/12/hoi-nghi-cds-03.jpg",
            "Trao giấy khen cho các tập thể có thành tích xuất sắc trong công tác chuyển đổi số",
            "Trao giấy khen cho các tập thể có thành tích xuất sắc trong công tác chuyển đổi số",
            "figure",
        ),
        P(
            "Dịp này, Phòng GD&ĐT đã khen thưởng 8 tập thể và 15 cá nhân có thành tích xuất sắc "
            "trong triển khai chuyển đổi số học kỳ I."
        ),
        Raw('<p style="text-align: right;"><strong>Nguyễn Thị Hạnh - Chuyên viên Phòng GD&amp;ĐT</strong></p>'),
    ],
    authors=["Nguyễn Thị Hạnh"],
    opts={"dt": "2026-12-04 16:20", "account": "quantri_pgd", "tags": ["chuyen-doi-so"]},
)

_LETTERHEAD = (
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%">\n<tbody>\n<tr>\n'
    '<td style="text-align:center; vertical-align:top; width:42%"><p>UBND HUYỆN CẨM XUYÊN<br />\n'
    "<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</strong></p>\n<p>Số: 1318/TB-PGDĐT</p></td>\n"
    '<td style="text-align:center; vertical-align:top"><p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br />\n'
    "<u>Độc lập - Tự do - Hạnh phúc</u></strong></p>\n"
    "<p><em>Cẩm Xuyên, ngày 30 tháng 11 năm 2026</em></p></td>\n</tr>\n</tbody>\n</table>\n"
    '<p style="text-align:center"><strong>THÔNG BÁO</strong></p>\n'
    '<p style="text-align:center"><strong>Lịch kiểm tra công tác phổ cập giáo dục, xóa mù chữ năm 2026</strong></p>'
)
_CLOSING = (
    '<table border="0" cellpadding="1" cellspacing="1" style="width:100%">\n<tbody>\n<tr>\n'
    '<td style="vertical-align:top; width:50%"><p><strong><em>Nơi nhận:</em></strong><br />\n'
    "- Như trên;<br />\n- UBND huyện (để b/c);<br />\n- Lãnh đạo Phòng;<br />\n"
    "- Lưu: VT, PC.</p></td>\n"
    '<td style="text-align:center; vertical-align:top"><p><strong>TRƯỞNG PHÒNG</strong></p>\n'
    "<p><em>(Đã ký)</em></p>\n<p>&nbsp;</p>\n<p><strong>Trần Văn Lộc</strong></p></td>\n"
    "</tr>\n</tbody>\n</table>"
)

S286 = Story(
    id=286,
    slug="thong-bao-lich-kiem-tra-cong-tac-pho-cap-giao-duc-xoa-mu-chu-nam-2026",
    title="Thông báo lịch kiểm tra công tác phổ cập giáo dục, xóa mù chữ năm 2026",
    cat="thong-bao",
    published_at="2026-11-30",
    blocks=[
        Raw(_LETTERHEAD),
        P(
            "Thực hiện Kế hoạch số 215/KH-UBND ngày 15/10/2026 của UBND huyện Cẩm Xuyên về kiểm tra, "
            "công nhận đạt chuẩn phổ cập giáo dục, xóa mù chữ năm 2026, Phòng Giáo dục và Đào tạo thông "
            "báo lịch kiểm tra tại các đơn vị như sau:",
            "justify",
        ),
        P("1. Thời gian, thành phần", "strong"),
        P(
            "Đoàn kiểm tra của Phòng GD&ĐT làm việc từ ngày 07/12/2026 đến ngày 11/12/2026; buổi sáng "
            "bắt đầu từ 7 giờ 30 phút, buổi chiều bắt đầu từ 14 giờ 00 phút.",
            "justify",
        ),
        P("TT | Đơn vị được kiểm tra | Thời gian | Trưởng đoàn", "th"),
        P("1 | Trường MN, TH, THCS xã Cẩm Bình | Sáng 07/12/2026 | Ông Lê Văn Sơn", "tr"),
        P("2 | Trường MN, TH, THCS xã Cẩm Thịnh | Chiều 07/12/2026 | Ông Lê Văn Sơn", "tr"),
        P("3 | Trường MN, TH, THCS thị trấn Cẩm Xuyên | Sáng 08/12/2026 | Bà Phan Thị Huyền", "tr"),
        P("4 | Các đơn vị còn lại | Từ 09/12 đến 11/12/2026 | Theo phân công riêng", "tr"),
        P("2. Hồ sơ kiểm tra", "strong"),
        P(
            "Các đơn vị chuẩn bị đầy đủ hồ sơ theo quy định tại Thông tư số 07/2016/TT-BGDĐT, gồm: sổ "
            "theo dõi phổ cập giáo dục, phiếu điều tra hộ gia đình, biểu thống kê, báo cáo quá trình "
            "thực hiện và các minh chứng liên quan.",
            "justify",
        ),
        P("3. Tổ chức thực hiện", "strong"),
        P(
            "Thủ trưởng các đơn vị chịu trách nhiệm bố trí địa điểm, cử cán bộ phụ trách phổ cập làm "
            "việc với đoàn; trong quá trình thực hiện nếu có vướng mắc, liên hệ bộ phận Phổ cập - Phòng "
            "GD&ĐT (điện thoại 0239.3861.268) để được hướng dẫn./.",
            "justify",
        ),
        Raw(_CLOSING),
    ],
    authors=["Trần Văn Lộc"],
    opts={
        "dt": "2026-12-01 08:05",
        "account": "quantri_pgd",
        "files": [("TB 1318 lich kiem tra PCGD-XMC 2026.pdf", "245.3 KB", "/files/van-ban/2026/11/tb-1318-pgddt.pdf")],
    },
)

S285 = Story(
    id=285,
    slug="truong-tieu-hoc-cam-binh-to-chuc-chuyen-de-day-hoc-phat-trien-nang-luc-mon-tieng-viet-lop-2",
    title="Trường Tiểu học Cẩm Bình tổ chức chuyên đề “Dạy học phát triển năng lực môn Tiếng Việt lớp 2”",
    cat="giao-duc-tieu-hoc",
    published_at="2026-12-03T14:30:00+07:00",
    blocks=[
        P(
            "Sáng ngày 03/12/2026, Trường Tiểu học Cẩm Bình tổ chức chuyên đề cấp cụm “Dạy học phát "
            "triển năng lực môn Tiếng Việt lớp 2”. Tham dự chuyên đề có đại diện bộ phận chuyên môn "
            "Tiểu học Phòng GD&ĐT, cán bộ quản lý và giáo viên dạy lớp 2 của 6 trường trong cụm số 3."
        ),
        Img(
            f"{IMG}/12/chuyen-de-tv2-01.jpg",
            "Đại biểu và giáo viên trong cụm dự tiết dạy minh họa tại lớp 2A",
            "Đại biểu và giáo viên trong cụm dự tiết dạy minh họa tại lớp 2A",
            "figure",
        ),
        P(
            "Tiết dạy minh họa bài “Nặn đồ chơi” do cô giáo Nguyễn Thị Minh Tâm thể hiện đã thu hút sự "
            "chú ý của đại biểu. Thông qua các hoạt động nhóm, trò chơi học tập và hệ thống câu hỏi gợi "
            "mở, học sinh được chủ động đọc, tìm hiểu nội dung bài và luyện nói theo chủ đề một cách tự "
            "nhiên, hào hứng."
        ),
        Img(
            f"{IMG}/12/chuyen-de-tv2-02.jpg",
            "(Học sinh lớp 2A hào hứng tham gia hoạt động nhóm)",
            "Học sinh lớp 2A hào hứng tham gia hoạt động nhóm",
            "em_after",
        ),
        P(
            "Trong phần thảo luận, các thầy cô giáo đã tập trung phân tích ưu điểm của tiết dạy, đồng "
            "thời trao đổi những giải pháp nhằm nâng cao hiệu quả dạy đọc hiểu cho học sinh lớp 2 như: "
            "tăng cường sử dụng tranh ảnh, video minh họa; tổ chức cho học sinh đọc mở rộng tại thư viện "
            "xanh; chú trọng rèn kỹ năng trình bày, chia sẻ trước lớp."
        ),
        P(
            "Phát biểu kết luận, đại diện Phòng GD&ĐT ghi nhận sự chuẩn bị chu đáo của nhà trường và đề "
            "nghị các đơn vị trong cụm tiếp tục vận dụng linh hoạt các phương pháp, kỹ thuật dạy học tích "
            "cực, lấy học sinh làm trung tâm, góp phần nâng cao chất lượng môn Tiếng Việt ở các lớp đầu cấp."
        ),
        Raw(
            '<p style="text-align: right;"><em><strong>Bài, ảnh: Lê Thị Thu Hà (Trường TH Cẩm Bình)'
            "</strong></em></p>"
        ),
    ],
    authors=["Lê Thị Thu Hà"],
    photographers=["Lê Thị Thu Hà"],
    opts={"dt": "2026-12-03 14:30", "account": "bientap_th", "comments": True},
)

_CREDIT = "Ảnh: Võ Thị Mai"
S284 = Story(
    id=284,
    slug="ron-rang-hoi-thi-be-khoe-be-ngoan-cap-huyen-nam-hoc-2026-2027",
    title="Rộn ràng Hội thi “Bé khỏe - Bé ngoan” cấp huyện năm học 2026 - 2027 🌸",
    cat="giao-duc-mam-non",
    published_at="2026-12-02T09:00:00+07:00",
    blocks=[
        P(
            "Trong hai ngày 01 và 02/12/2026, tại Trường Mầm non Hoa Sen, Phòng GD&ĐT huyện Cẩm Xuyên tổ "
            "chức Hội thi “Bé khỏe - Bé ngoan” cấp huyện năm học 2026 - 2027. Hội thi thu hút 180 cháu "
            "mẫu giáo 5 - 6 tuổi đến từ 26 trường mầm non trên địa bàn huyện tham gia."
        ),
        Img(f"{IMG}/12/be-khoe-be-ngoan-01.jpg", _CREDIT, None, "credit"),
        P(
            "Các bé tham gia ba phần thi: “Bé khỏe” với các bài tập vận động như bật xa, ném trúng đích, "
            "chạy tiếp sức; “Bé khéo tay” với hoạt động xếp hình, trang trí sản phẩm từ nguyên vật liệu "
            "tái chế; “Bé tự tin” với các tiết mục hát, múa, kể chuyện theo tranh."
        ),
        Img(f"{IMG}/12/be-khoe-be-ngoan-02.jpg", _CREDIT, None, "credit"),
        P(
            "Hội thi là dịp để các bé được giao lưu, rèn luyện thể chất, phát triển kỹ năng xã hội; "
            "đồng thời giúp giáo viên trao đổi kinh nghiệm trong tổ chức hoạt động giáo dục phát triển "
            "vận động cho trẻ."
        ),
        Img(f"{IMG}/12/be-khoe-be-ngoan-03.jpg", _CREDIT, None, "credit"),
        P(
            "Kết quả, Ban tổ chức đã trao 5 giải Nhất, 8 giải Nhì, 10 giải Ba và 12 giải Khuyến khích "
            "cho các tập thể và cá nhân 🎉"
        ),
        Raw('<p style="text-align: right;"><strong>Tổ Mầm non</strong></p>'),
    ],
    authors=["Tổ Mầm non"],
    photographers=["Võ Thị Mai"],
    opts={"dt": "2026-12-02 09:00", "account": "quantri_pgd", "tags": ["hoi-thi"]},
)

S283 = Story(
    id=283,
    slug="tong-ket-5-nam-thuc-hien-doi-moi-chuong-trinh-sach-giao-khoa-giao-duc-pho-thong",
    title="Tổng kết 5 năm thực hiện đổi mới chương trình, sách giáo khoa giáo dục phổ thông trên địa bàn huyện",
    cat="tin-tuc-su-kien",
    published_at="2026-11-30",
    blocks=[
        P(
            "Ngày 28/11/2026, UBND huyện Cẩm Xuyên tổ chức Hội nghị tổng kết 5 năm thực hiện đổi mới "
            "chương trình, sách giáo khoa giáo dục phổ thông theo Nghị quyết số 88/2014/QH13 của Quốc hội "
            "giai đoạn 2021 - 2026."
        ),
        Img(f"{IMG}/11/tong-ket-ctgdpt-2018.jpg", "Toàn cảnh hội nghị", "Toàn cảnh hội nghị", "figure"),
        P(
            "Theo báo cáo, sau 5 năm triển khai, công tác chuẩn bị đội ngũ, cơ sở vật chất, thiết bị dạy "
            "học cơ bản đáp ứng yêu cầu; 100% cán bộ quản lý, giáo viên được bồi dưỡng đại trà về chương "
            "trình mới; tỷ lệ phòng học kiên cố đạt 96,4%. Một số kết quả chính:"
        ),
        P("Cấp học | Số trường | Tỷ lệ phòng học kiên cố | Tỷ lệ GV đạt chuẩn trở lên", "th"),
        P("Tiểu học | 24 | 95,8% | 98,2%", "tr"),
        P("THCS | 19 | 97,1% | 99,0%", "tr"),
        P("Toàn huyện | 43 | 96,4% | 98,6%", "tr"),
        P(
            "Hội nghị cũng thẳng thắn chỉ ra những khó khăn như: tình trạng thiếu giáo viên Tin học, Ngoại "
            "ngữ, Âm nhạc, Mỹ thuật ở cấp tiểu học; một số thiết bị dạy học tối thiểu xuống cấp; việc dạy "
            "học tích hợp ở môn Khoa học tự nhiên, Lịch sử và Địa lý còn gặp lúng túng."
        ),
        P(
            "Dịp này, UBND huyện đã tặng Giấy khen cho 12 tập thể và 25 cá nhân có thành tích xuất sắc "
            "trong thực hiện đổi mới chương trình, sách giáo khoa giai đoạn 2021 - 2026."
        ),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="/tin-tuc/gap-mat-ky-niem-ngay-nha-giao-viet-nam-2011">'
            "Phòng GD&amp;ĐT gặp mặt kỷ niệm Ngày Nhà giáo Việt Nam 20/11</a></p>"
        ),
        Raw('<p style="text-align: right;"><em>Nguồn: Cổng TTĐT huyện Cẩm Xuyên</em></p>'),
    ],
    source="Cổng TTĐT huyện Cẩm Xuyên",
    opts={"dt": "2026-11-30 00:00", "account": "quantri_pgd"},
)


S281 = Story(
    id=281,
    slug="truong-thcs-cam-thinh-day-manh-giao-duc-stem-gan-voi-thuc-tien-dia-phuong",
    title="Trường THCS Cẩm Thịnh đẩy mạnh giáo dục STEM gắn với thực tiễn địa phương",
    cat="giao-duc-thcs",
    published_at="2026-11-27T15:45:00+07:00",
    blocks=[
        P(
            "Năm học 2026 - 2027, Trường THCS Cẩm Thịnh xác định giáo dục STEM là một trong những nhiệm vụ "
            "trọng tâm nhằm phát triển năng lực vận dụng kiến thức vào thực tiễn cho học sinh. Nhà trường "
            "đã xây dựng kế hoạch cụ thể với các nội dung chính:",
            "mso",
        ),
        P(
            "Tổ chức ít nhất 04 bài học STEM/khối lớp/học kỳ trong các môn Khoa học tự nhiên, Công nghệ, "
            "Tin học và Toán;",
            "mso_li",
        ),
        P(
            "Thành lập câu lạc bộ STEM với 45 học sinh tham gia sinh hoạt định kỳ vào chiều thứ Năm hằng tuần;",
            "mso_li",
        ),
        P(
            "Phối hợp với Hợp tác xã nông nghiệp xã Cẩm Thịnh để học sinh trải nghiệm thực tế mô hình "
            "trồng rau thủy canh.",
            "mso_li",
        ),
        P(
            "Từ đầu năm học đến nay, các nhóm học sinh đã hoàn thành nhiều sản phẩm có tính ứng dụng cao "
            "như: hệ thống tưới nhỏ giọt tự động cho vườn rau, máy lọc nước mini từ vật liệu tái chế, bẫy "
            "đèn bắt côn trùng hại lúa sử dụng năng lượng mặt trời... Trong đó:",
            "mso",
        ),
        P(
            "- Sản phẩm “Bẫy đèn năng lượng mặt trời” đạt giải Nhì cuộc thi Khoa học kỹ thuật cấp huyện;",
            "mso",
        ),
        P(
            "- Sản phẩm “Máy lọc nước mini” được lựa chọn trưng bày tại Ngày hội STEM cấp tỉnh.",
            "mso",
        ),
        Img(
            "/files/anh-bai-viet/2026/11/stem-cam-thinh.jpg",
            "Học sinh câu lạc bộ STEM giới thiệu mô hình tưới nhỏ giọt tự động",
            "Học sinh câu lạc bộ STEM giới thiệu mô hình tưới nhỏ giọt tự động",
            "mso_caption",
        ),
        P(
            "Thầy Phạm Văn Dũng, Hiệu trưởng nhà trường cho biết: “Thông qua các hoạt động STEM, học sinh "
            "không chỉ hiểu bài sâu hơn mà còn mạnh dạn, tự tin, biết làm việc nhóm và yêu thích khoa học "
            "hơn. Thời gian tới, nhà trường sẽ tiếp tục huy động nguồn lực xã hội hóa để đầu tư phòng học "
            "STEM đạt chuẩn”.",
            "mso",
        ),
    ],
    authors=["Phạm Văn Dũng"],
    opts={
        "dt": "2026-11-27 15:45",
        "account": "bientap_thcs",
        "author_field": "Phạm Văn Dũng - Hiệu trưởng",
        "updated": "T4, 02/12/2026 - 10:12",
    },
)

S279 = Story(
    id=279,
    slug="gap-mat-ky-niem-44-nam-ngay-nha-giao-viet-nam",
    title="Phòng GD&ĐT gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    cat="tin-tuc-su-kien",
    published_at="2026-11-20T10:00:00+07:00",
    blocks=[
        P(
            "Sáng 20/11/2026, Phòng GD&ĐT huyện Cẩm Xuyên long trọng tổ chức buổi gặp mặt kỷ niệm 44 năm "
            "Ngày Nhà giáo Việt Nam. Đến dự có các đồng chí lãnh đạo Huyện ủy, HĐND, UBND huyện, các thầy "
            "cô giáo nguyên là lãnh đạo Phòng qua các thời kỳ cùng đại diện cán bộ quản lý, giáo viên các "
            "trường học trên địa bàn."
        ),
        Img(
            f"{IMG}/11/gap-mat-20-11-01.jpg",
            "Lãnh đạo huyện tặng hoa chúc mừng các thầy, cô giáo nhân ngày 20/11",
            "Lãnh đạo huyện tặng hoa chúc mừng các thầy, cô giáo nhân ngày 20/11",
            "figure",
        ),
        P(
            "Năm học 2025 - 2026, ngành Giáo dục huyện tiếp tục đạt nhiều kết quả nổi bật: chất lượng giáo "
            "dục đại trà được giữ vững; có 46 học sinh đạt giải trong kỳ thi học sinh giỏi cấp tỉnh; 3 "
            "trường được công nhận đạt chuẩn quốc gia mức độ 2; công tác xây dựng xã hội học tập có nhiều "
            "chuyển biến tích cực."
        ),
        P(
            "“Mỗi thầy cô giáo hãy thực sự là một tấm gương sáng về đạo đức, tự học và sáng tạo, để mỗi "
            "ngày đến trường thực sự là một ngày vui đối với học sinh.”",
            "quote",
        ),
        P(
            "Đó là lời nhắn nhủ của đồng chí Bí thư Huyện ủy tại buổi gặp mặt. Đồng chí cũng đề nghị đội "
            "ngũ nhà giáo tiếp tục đổi mới phương pháp dạy học, tích cực ứng dụng công nghệ thông tin, "
            "chuyển đổi số, góp phần thực hiện thắng lợi mục tiêu đổi mới căn bản, toàn diện giáo dục và "
            "đào tạo."
        ),
        Img(
            f"{IMG}/11/gap-mat-20-11-02.jpg",
            "Các thầy cô giáo tiêu biểu nhận Giấy khen của Chủ tịch UBND huyện",
            "Các thầy cô giáo tiêu biểu nhận Giấy khen của Chủ tịch UBND huyện",
            "figure",
        ),
        P(
            "Nhân dịp này, Chủ tịch UBND huyện đã tặng Giấy khen cho 20 nhà giáo tiêu biểu có nhiều đóng "
            "góp cho sự nghiệp giáo dục của huyện nhà."
        ),
        Raw('<p style="text-align: right;"><strong>Tin, ảnh: Ho&agrave;ng Minh Tu&#7845;n</strong></p>'),
    ],
    authors=["Hoàng Minh Tuấn"],
    photographers=["Hoàng Minh Tuấn"],
    opts={
        "dt": "2026-11-20 10:00",
        "account": "quantri_pgd",
        "enc": "entities",
        "old_alias": "gap-mat-ky-niem-ngay-nha-giao-viet-nam-2011",
        "tags": ["nha-giao"],
    },
)

S276 = Story(
    id=276,
    slug="soi-noi-giao-luu-tieng-anh-vui-danh-cho-hoc-sinh-tieu-hoc-nam-2026",
    title="Sôi nổi Giao lưu “Tiếng Anh vui” dành cho học sinh tiểu học năm 2026",
    cat="giao-duc-tieu-hoc",
    published_at="2026-11-18T08:30:00+07:00",
    summary=(
        "Nhằm tạo sân chơi bổ ích, giúp học sinh tự tin sử dụng tiếng Anh trong giao tiếp, ngày "
        "17/11/2026, Phòng GD&ĐT huyện Cẩm Xuyên tổ chức Giao lưu “Tiếng Anh vui” dành cho học sinh lớp "
        "4, lớp 5 năm 2026."
    ),
    sapo_outside=True,
    blocks=[
        P(
            "Tham gia giao lưu có 24 đội đến từ các trường tiểu học trên địa bàn huyện, mỗi đội gồm 3 học "
            "sinh. Các đội lần lượt trải qua 3 phần thi: Chào hỏi (Hello), Tài năng (Talent show) và Về "
            "đích (Finish line)."
        ),
        Img(
            f"{IMG}/11/tieng-anh-vui-01.jpg",
            "Tiết mục hát tiếng Anh của đội Trường TH Thị trấn Cẩm Xuyên",
            "Tiết mục hát tiếng Anh của đội Trường TH Thị trấn Cẩm Xuyên",
            "figure",
        ),
        P(
            "Với sự chuẩn bị công phu, các đội đã mang đến những tiết mục đặc sắc như hát, kể chuyện, đóng "
            "kịch bằng tiếng Anh; nhiều em thể hiện khả năng phát âm chuẩn, phản xạ nhanh và phong thái "
            "tự tin."
        ),
        P(
            "Kết quả, Ban tổ chức trao giải Nhất cho đội Trường TH Thị trấn Cẩm Xuyên; 2 giải Nhì cho đội "
            "Trường TH Cẩm Bình, Trường TH Cẩm Vịnh; 3 giải Ba và 6 giải Khuyến khích cho các đội còn lại."
        ),
        Raw('<p style="text-align: right;"><em>Tin: Đặng Thị Lan - Ảnh: Nguyễn Văn Bình</em></p>'),
    ],
    authors=["Đặng Thị Lan"],
    photographers=["Nguyễn Văn Bình"],
    opts={"dt": "2026-11-18 08:30", "account": "bientap_th", "tags": ["hoi-thi"]},
)

S272 = Story(
    id=272,
    slug="thong-bao-dang-ky-tham-gia-hoi-thi-giao-vien-day-gioi-cap-huyen-bac-thcs",
    title="📢 Thông báo đăng ký tham gia Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026 - 2027",
    cat="thong-bao",
    published_at="2026-11-13",
    blocks=[
        P(
            "Căn cứ Thông tư số 22/2019/TT-BGDĐT ngày 20/12/2019 của Bộ GD&ĐT ban hành Quy định về hội "
            "thi giáo viên dạy giỏi cơ sở giáo dục mầm non; giáo viên dạy giỏi, giáo viên chủ nhiệm lớp "
            "giỏi cơ sở giáo dục phổ thông;",
            "br",
        ),
        P("Căn cứ Kế hoạch năm học 2026 - 2027 của Phòng GD&ĐT huyện Cẩm Xuyên,", "em"),
        P(
            "Phòng GD&ĐT thông báo đến các trường THCS trên địa bàn về việc đăng ký tham gia Hội thi giáo "
            "viên dạy giỏi cấp huyện như sau:"
        ),
        P(
            "- Đối tượng: giáo viên đang trực tiếp giảng dạy tại các trường THCS, có thời gian công tác từ "
            "3 năm trở lên, đạt danh hiệu giáo viên dạy giỏi cấp trường năm học 2025 - 2026.",
            "br",
        ),
        P(
            "- Hồ sơ đăng ký: danh sách trích ngang, báo cáo biện pháp nâng cao chất lượng giáo dục, minh "
            "chứng các danh hiệu thi đua.",
            "br",
        ),
        P(
            "- Thời hạn nộp hồ sơ: trước ngày 30/11/2026 qua hệ thống quản lý văn bản điều hành (bản mềm) "
            "và bộ phận Chuyên môn THCS (bản cứng)."
        ),
        P("Đề nghị Hiệu trưởng các trường triển khai thực hiện nghiêm túc nội dung thông báo này."),
    ],
    opts={
        "dt": None,
        "datefield": "13/11/2026",
        "account": "quantri_pgd",
        "files": [
            ("Mau dang ky GVDG THCS 2026.docx", "38.5 KB", "/files/van-ban/2026/11/mau-dang-ky-gvdg-thcs.docx"),
            ("Huong dan thi GVDG.pdf", "412.07 KB", "/files/van-ban/2026/11/huong-dan-thi-gvdg.pdf"),
        ],
        "tags": ["hoi-thi"],
    },
)

S268 = Story(
    id=268,
    slug="",
    title="Kế hoạch kiểm tra nội bộ trường học năm học 2026 - 2027",
    cat="thong-bao",
    published_at="2026-10-30T15:10:00+07:00",
    blocks=[
        P(
            "Căn cứ Thông tư số 18/2018/TT-BGDĐT ngày 22/8/2018 của Bộ GD&ĐT quy định về kiểm định chất "
            "lượng giáo dục và công nhận đạt chuẩn quốc gia đối với trường trung học cơ sở[1]; căn cứ "
            "hướng dẫn nhiệm vụ năm học 2026 - 2027, Phòng GD&ĐT hướng dẫn các trường xây dựng và thực "
            "hiện kế hoạch kiểm tra nội bộ như sau:",
            "fncall",
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", "h3"),
        P(
            "1. Giúp Hiệu trưởng đánh giá đúng thực trạng hoạt động của nhà trường, kịp thời điều chỉnh, "
            "uốn nắn những sai sót, nâng cao hiệu lực, hiệu quả quản lý."
        ),
        P(
            "2. Việc kiểm tra phải bảo đảm khách quan, công khai, đúng quy định; kết quả kiểm tra được thông "
            "báo đến đối tượng kiểm tra và lưu trữ đầy đủ hồ sơ."
        ),
        P("II. NỘI DUNG KIỂM TRA", "h3"),
        P("Kiểm tra việc thực hiện chương trình, kế hoạch giáo dục của nhà trường và của tổ chuyên môn;", "li"),
        P("Kiểm tra hoạt động sư phạm của nhà giáo: mỗi năm học kiểm tra ít nhất 1/3 tổng số giáo viên;", "li"),
        P(
            "Kiểm tra công tác quản lý tài chính, tài sản, thực hiện quy chế dân chủ và công khai trong nhà trường.",
            "li",
        ),
        P("III. TỔ CHỨC THỰC HIỆN", "h3"),
        P(
            "Các trường xây dựng kế hoạch kiểm tra nội bộ, gửi về Phòng GD&ĐT (qua bộ phận Thanh tra) "
            "trước ngày 15/11/2026 để tổng hợp, theo dõi."
        ),
        P(
            "[1] Thông tư số 18/2018/TT-BGDĐT ngày 22/8/2018 có hiệu lực thi hành từ ngày 08/10/2018.",
            "fnnote",
        ),
    ],
    opts={"dt": "2026-10-30 15:10", "account": "quantri_pgd", "nid_only": True},
)

S251 = Story(
    id=251,
    slug="",
    title="Tập huấn khai thác, sử dụng học liệu số cho giáo viên Ngữ văn cấp THCS",
    cat="giao-duc-thcs",
    published_at="2026-10-22T14:00:00+07:00",
    blocks=[
        P(
            "Trong hai ngày 21 - 22/10/2026, Phòng GD&ĐT huyện Cẩm Xuyên tổ chức lớp tập huấn khai thác, sử "
            "dụng học liệu số cho 86 giáo viên dạy môn Ngữ văn ở các trường THCS trên địa bàn."
        ),
        P(
            "Tại lớp tập huấn, các học viên được hướng dẫn cách khai thác kho học liệu số dùng chung của "
            "ngành, xây dựng bài giảng điện tử tương tác, thiết kế phiếu học tập và đề kiểm tra trực tuyến; "
            "đồng thời thực hành tổ chức dạy học đọc hiểu văn bản theo hướng phát triển phẩm chất, năng lực "
            "học sinh."
        ),
        Img(
            f"{IMG}/10/tap-huan-hoc-lieu-so.jpg",
            "Giáo viên thực hành thiết kế bài giảng điện tử tại lớp tập huấn",
            "Giáo viên thực hành thiết kế bài giảng điện tử tại lớp tập huấn",
            "figure",
        ),
        P(
            "Kết thúc lớp tập huấn, mỗi giáo viên hoàn thành một sản phẩm bài giảng số và chia sẻ lên kho "
            "học liệu của huyện để đồng nghiệp cùng tham khảo, sử dụng."
        ),
        Raw(
            '<p style="text-align: right;"><em>ThS. Đinh Thị Phương Thảo (Trường THCS Thị trấn Cẩm Xuyên)</em></p>'
        ),
    ],
    authors=["Đinh Thị Phương Thảo"],
    opts={"dt": "2026-10-22 14:00", "account": "bientap_thcs", "enc": "nfd", "nid_only": True},
)

S243 = Story(
    id=243,
    slug="ra-quan-huong-ung-tuan-le-hoc-tap-suot-doi-nam-2026",
    title="Ra quân hưởng ứng Tuần lễ học tập suốt đời năm 2026",
    cat="tin-tuc-su-kien",
    published_at="2026-10-15T07:45:00+07:00",
    blocks=[
        P(
            "Theo kế hoạch của UBND tỉnh, Tuần lễ hưởng ứng học tập suốt đời năm 2026 được tổ chức từ ngày "
            "01/10 đến ngày 07/10/2026 với chủ đề “Học tập suốt đời trong kỷ nguyên số”. Tại huyện Cẩm "
            "Xuyên, các hoạt động hưởng ứng được triển khai sôi nổi ở tất cả các xã, thị trấn."
        ),
        Img(
            f"{IMG}/10/ngay-hoi-doc-sach.jpg",
            "Học sinh Trường THCS Cẩm Thành tham gia Ngày hội đọc sách",
            "Học sinh Trường THCS Cẩm Thành tham gia Ngày hội đọc sách",
            "table",
        ),
        P(
            "Các trung tâm học tập cộng đồng đã tổ chức nhiều lớp học chuyên đề về ứng dụng công nghệ số, "
            "kỹ năng sử dụng điện thoại thông minh an toàn, chuyển giao kỹ thuật sản xuất nông nghiệp cho "
            "người dân. Các nhà trường phát động phong trào đọc sách, tổ chức ngày hội đọc, trưng bày sách, "
            "báo và giới thiệu sách mới."
        ),
        P(
            "Thông qua Tuần lễ, nhận thức của cán bộ, nhân dân về vai trò của học tập suốt đời tiếp tục "
            "được nâng lên, góp phần xây dựng xã hội học tập từ cơ sở."
        ),
        Raw('<p style="text-align: right;"><strong>Thu Trang</strong></p>'),
        Raw('<p style="text-align: right;"><em>Theo Báo Hà Tĩnh</em></p>'),
    ],
    authors=["Thu Trang"],
    source="Báo Hà Tĩnh",
    opts={"dt": "2026-10-15 07:45", "account": "quantri_pgd"},
)

S239 = Story(
    id=239,
    slug="hoi-khoe-phu-dong-huyen-cam-xuyen-lan-thu-xii-nam-2026-thanh-cong-tot-dep",
    title="Hội khỏe Phù Đổng huyện Cẩm Xuyên lần thứ XII năm 2026 thành công tốt đẹp",
    cat="tin-tuc-su-kien",
    published_at="2026-10-05T17:05:00+07:00",
    blocks=[
        P(
            "Sau 3 ngày tranh tài sôi nổi (từ ngày 02 đến 04/10/2026), Hội khỏe Phù Đổng huyện Cẩm Xuyên lần "
            "thứ XII năm 2026 đã bế mạc. Hội khỏe thu hút gần 900 vận động viên là học sinh tiểu học và "
            "THCS đến từ 43 trường trên địa bàn huyện tham gia tranh tài ở 8 môn thi đấu."
        ),
        Img(
            f"{IMG}/10/hkpd-xii-01.jpg",
            "Các vận động viên tranh tài ở môn Điền kinh",
            "Các vận động viên tranh tài ở môn Điền kinh",
            "figure",
        ),
        P(
            "Các môn thi đấu gồm: Điền kinh, Bơi lội, Cờ vua, Bóng đá, Cầu lông, Bóng bàn, Đá cầu và Võ "
            "thuật cổ truyền. Các trận đấu diễn ra trong tinh thần fair-play, đoàn kết, trung thực, cao thượng."
        ),
        P("Kết quả toàn đoàn:", "strong"),
        P(
            "Khối tiểu học: Giải Nhất - Trường TH Thị trấn Cẩm Xuyên; Giải Nhì - Trường TH Cẩm Vịnh; Giải Ba "
            "- Trường TH Cẩm Bình.",
            "li",
        ),
        P(
            "Khối THCS: Giải Nhất - Trường THCS Cẩm Thành; Giải Nhì - Trường THCS Thị trấn Cẩm Xuyên; Giải "
            "Ba - Trường THCS Cẩm Thịnh.",
            "li",
        ),
        Img(
            f"{IMG}/10/hkpd-xii-02.jpg",
            "Ban tổ chức trao cờ giải Nhất toàn đoàn cho các đơn vị",
            "Ban tổ chức trao cờ giải Nhất toàn đoàn cho các đơn vị",
            "figure",
        ),
        P(
            "Qua Hội khỏe, Ban tổ chức đã lựa chọn 96 vận động viên xuất sắc để thành lập đội tuyển tham "
            "gia Hội khỏe Phù Đổng cấp tỉnh năm 2027."
        ),
        Raw(
            '<p style="text-align:center"><iframe allowfullscreen="" frameborder="0" height="315" '
            'src="https://www.youtube.com/embed/Xq7c2Hk1pVg" width="560"></iframe></p>'
        ),
        Raw('<p style="text-align: right;"><strong>Trần Quang Huy - Trường THCS Cẩm Thành</strong></p>'),
    ],
    authors=["Trần Quang Huy"],
    opts={"dt": "2026-10-05 17:05", "account": "quantri_pgd"},
)

STORIES: list[Story] = [S287, S286, S285, S284, S283, S281, S279, S276, S272, S268, S251, S243, S239]
BY_NID = {s.id: s for s in STORIES}


def _created(s: Story) -> datetime:
    return _dt(s.opts["dt"]) if s.opts.get("dt") else datetime.strptime(s.opts["datefield"], "%d/%m/%Y")


NEWEST = sorted(STORIES, key=_created, reverse=True)


def node_path(s: Story) -> str:
    return f"/node/{s.id}" if s.opts.get("nid_only") else f"/tin-tuc/{s.slug}"


ALIASES = {f"/tin-tuc/{s.slug}": s for s in STORIES if not s.opts.get("nid_only")}
OLD_ALIASES = {f"/tin-tuc/{s.opts['old_alias']}": s for s in STORIES if s.opts.get("old_alias")}
MOST_READ = [287, 279, 285, 243, 283]
COMMENTS = {
    41: (285, "Phụ huynh lớp 2A", "T6, 04/12/2026 - 20:15", "Tiết học rất sinh động",
         "Cháu nhà tôi về kể rất thích giờ học hôm nay, cảm ơn cô Tâm và nhà trường."),
    42: (285, "Nguyễn Văn Hùng", "T7, 05/12/2026 - 06:40", "Mong có thêm nhiều chuyên đề như vậy",
         "Đề nghị Phòng đăng tải video tiết dạy để giáo viên các cụm khác cùng học tập."),
}


def _wd(d: datetime) -> str:
    return _WD[d.weekday()]


def submitted_text(s: Story) -> str:
    d = _dt(s.opts["dt"])
    return f"{_wd(d)}, {d:%d/%m/%Y - %H:%M}"


def list_date(s: Story) -> str:
    return f"{_created(s):%d/%m/%Y}"


# --- text rendering ----------------------------------------------------------------------------


def _t(s: Story, value: str) -> str:
    enc = s.opts.get("enc")
    if enc == "entities":
        return text(value, entities=1)
    if enc == "nfd":
        return text(value, nfd=True)
    return esc(value)


def _img_tag(src: str, alt: str = "", w: int = 600, h: int = 400, extra: str = "") -> str:
    return f'<img alt="{esc(alt)}" src="{esc(src)}" style="width: {w}px; height: {h}px;"{extra} />'


_MSO_SPAN = "font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif"


def _render_img(s: Story, img: Img) -> str:
    src = img.src
    if img.style == "figure":
        return (
            '<figure class="caption caption-img align-center" style="width: 600px;">'
            f'{_img_tag(src, w=600, h=400)}<figcaption>{_t(s, img.printed or "")}</figcaption></figure>'
        )
    if img.style == "em_after":
        return (
            f'<p style="text-align:center">{_img_tag(src, w=620, h=413)}</p>\n'
            f'<p style="text-align:center"><em>{_t(s, img.printed or "")}</em></p>'
        )
    if img.style == "credit":
        return (
            f'<p style="text-align:center">{_img_tag(src, w=640, h=427)}</p>\n'
            f'<p style="text-align: right;"><em>{_t(s, img.printed or "")}</em></p>'
        )
    if img.style == "table":
        return (
            '<table align="center" border="0" cellpadding="3" cellspacing="0" class="picture" '
            'style="width:560px">\n<tbody>\n<tr>\n<td class="pic">'
            f'<img alt="" src="{esc(src)}" width="560" /></td>\n</tr>\n<tr>\n<td class="caption">'
            f"<p>{_t(s, img.printed or '')}</p></td>\n</tr>\n</tbody>\n</table>"
        )
    if img.style == "mso_caption":
        return (
            '<p align="center" class="MsoNormal" style="text-align:center"><span lang="VI" '
            f'style="{_MSO_SPAN}"><img height="320" src="{esc(src)}" width="480" /></span></p>\n'
            '<p align="center" class="MsoCaption" style="text-align:center"><i><span lang="VI" '
            f'style="{_MSO_SPAN}">{_t(s, img.printed or "")}<o:p></o:p></span></i></p>'
        )
    return f'<p style="text-align:center">{_img_tag(src)}</p>'


def _cells(s: Story, row: str, kind: str) -> str:
    if kind == "th":
        return "".join(f'<td style="text-align:center"><strong>{_t(s, c)}</strong></td>' for c in row.split(" | "))
    return "".join(f"<td><p>{_t(s, c)}</p></td>" for c in row.split(" | "))


def _mso_p(s: Story, p: P) -> str:
    if p.style == "mso_li":
        return (
            '<p class="MsoListParagraphCxSpMiddle" style="margin-left:36.0pt;text-align:justify;'
            'text-indent:-18.0pt;line-height:150%;mso-list:l0 level1 lfo1"><!--[if !supportLists]-->'
            '<span lang="VI" style="font-size:14.0pt;line-height:150%;font-family:Symbol;'
            'mso-fareast-font-family:Symbol"><span style="mso-list:Ignore">·<span style="font:7.0pt '
            '&quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span>'
            f'<!--[endif]--><span lang="VI" style="{_MSO_SPAN}">{_t(s, p.text)}<o:p></o:p></span></p>'
        )
    return (
        '<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;line-height:150%">'
        f'<span lang="VI" style="{_MSO_SPAN}">{_t(s, p.text)}<o:p></o:p></span></p>'
    )


def render_body(s: Story) -> str:
    out: list[str] = []
    blocks = [b for b in s.blocks if not (isinstance(b, Img) and b.style == "field")]
    i = 0
    word = any(isinstance(b, P) and b.style.startswith("mso") for b in blocks)
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_render_img(s, b))
        elif b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                r = blocks[i]
                rows.append(f"<tr>{_cells(s, r.text, 'th' if r.style == 'th' else 'td')}</tr>")
                i += 1
            out.append(
                '<table border="1" cellpadding="2" cellspacing="0" style="width:100%">\n<tbody>\n'
                + "\n".join(rows)
                + "\n</tbody>\n</table>"
            )
            continue
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{_t(s, blocks[i].text)}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
            continue
        elif b.style == "br":
            lines = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                lines.append(_t(s, blocks[i].text))
                i += 1
            last = blocks[i]
            tail = _t(s, last.text)
            lines.append(f"<em>{tail}</em>" if last.style == "em" else tail)
            out.append('<p style="text-align:justify">' + "<br />\n".join(lines) + "</p>")
        elif word:
            out.append(_mso_p(s, b))
            if i == 0:
                out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        elif b.style == "bold":
            out.append(f'<p style="text-align:justify"><strong>{_t(s, b.text)}</strong></p>')
        elif b.style == "strong":
            out.append(f"<p><strong>{_t(s, b.text)}</strong></p>")
        elif b.style == "justify":
            out.append(f'<p style="text-align:justify">{_t(s, b.text)}</p>')
        elif b.style == "h3":
            out.append(f"<h3>{_t(s, b.text)}</h3>")
        elif b.style == "quote":
            out.append(f"<blockquote>\n<p><em>{_t(s, b.text)}</em></p>\n</blockquote>")
        elif b.style == "fncall":
            body = _t(s, b.text).replace(
                "[1]", '<a href="#_ftn1" name="_ftnref1" title=""><sup>[1]</sup></a>'
            )
            out.append(f'<p style="text-align:justify">{body}</p>')
        elif b.style == "fnnote":
            rest = _t(s, b.text.removeprefix("[1] "))
            out.append(
                '<div><br clear="all" />\n<hr align="left" size="1" width="33%" />\n<div id="ftn1">\n'
                '<p class="MsoFootnoteText"><a href="#_ftnref1" name="_ftn1" title=""><sup>[1]</sup></a> '
                f"{rest}</p>\n</div>\n</div>"
            )
        else:
            out.append(f"<p>{_t(s, b.text)}</p>")
        i += 1
    html_body = "\n".join(out)
    if s.opts.get("enc") == "nfd":
        html_body = unicodedata.normalize("NFD", html_body)
    return html_body


# --- chrome ------------------------------------------------------------------------------------


def _menu(active: str) -> str:
    def li(href: str, label: str, cls: str = "leaf") -> str:
        a = ' class="active"' if href == active else ""
        return f'<li class="{cls}"><a href="{href}"{a}>{esc(label)}</a></li>'

    sub_cm = "".join(li(f"/chuyen-muc/{k}", CATS[k][1]) for k in ("giao-duc-mam-non", "giao-duc-tieu-hoc", "giao-duc-thcs"))
    return f"""<nav class="block block-system-main-menu block-menu" role="navigation">
<input id="menu-toggle-state" class="menu-toggle-state element-invisible" type="checkbox" aria-controls="menu-toggle-state" />
<label class="menu-toggle-button" for="menu-toggle-state"><span class="menu-toggle-button-icon"></span><span class="menu-toggle-button-text">Menu</span></label>
<ul class="menu-dropdown menu" data-menu-style="dropdown" data-clickdown="false" data-collapse="default" data-menu-toggle-id="menu-toggle-state">
{li("/", "Trang chủ", "first leaf")}
<li class="expanded has-children"><a href="/gioi-thieu">Giới thiệu</a><ul class="menu">{li("/gioi-thieu", "Cơ cấu tổ chức")}{li("/lien-he", "Thông tin liên hệ")}</ul></li>
{li("/chuyen-muc/tin-tuc-su-kien", "Tin tức - Sự kiện")}
<li class="expanded has-children"><a href="/chuyen-muc/hoat-dong-chuyen-mon">Chuyên môn</a><ul class="menu">{sub_cm}</ul></li>
{li("/chuyen-muc/thong-bao", "Thông báo")}
{li("/van-ban", "Văn bản")}
{li("/thu-vien-anh", "Thư viện ảnh")}
{li("/lien-he", "Liên hệ", "last leaf")}
</ul>
</nav>"""


def _header(request: Request, active: str) -> str:
    form_action = esc(request.path if request.path != "/" else "/home")
    return f"""<header class="l-header" role="banner" aria-label="Site header">
<div class="l-header-inner container container-fluid">
<div class="block block-block-thanh-tren"><div class="block-content">
<table class="tbl-top" width="100%" cellpadding="0" cellspacing="0"><tr>
<td class="ngay-thang" style="color:#fff;font-size:12px">{TODAY_LINE}</td>
<td align="right" style="font-size:12px"><a href="/user/login">Đăng nhập</a> | <a href="/rss.xml">RSS</a> | <a href="https://mail.hatinh.edu.vn" target="_blank">Thư điện tử</a></td>
</tr></table>
</div></div>
<div class="block block-system-header">
<div class="header-identity-wrapper">
<div class="header-site-name-wrapper"><a href="/" title="Trang chủ" class="header-site-name-link" rel="home">
<div class="header-logo-wrapper"><img src="/files/logo_pgd_cx.png" alt="Trang chủ" class="header-logo" width="92" height="92" /></div>
<strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN CẨM XUYÊN</strong></a></div>
<div class="header-site-slogan">Đổi mới - Sáng tạo - Chất lượng - Hiệu quả</div>
</div>
</div>
{_menu(active)}
<div class="block block-search-form"><div class="block-content">
<form class="search-block-form" action="{form_action}" method="post" id="search-block-form" accept-charset="UTF-8"><div>
<div class="form-item form-type-searchfield form-item-search-block-form"><label class="element-invisible" for="edit-search-block-form--2">Tìm kiếm </label>
<input title="Nhập từ khóa cần tìm." placeholder="Tìm kiếm..." type="search" id="edit-search-block-form--2" name="search_block_form" value="" size="15" maxlength="128" class="form-text form-search" /></div>
<input type="hidden" name="form_build_id" value="form-kG9n2Qw7xLbD0sPzR4vYt1uE6aHcM3fJ" />
<div class="form-actions" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="Tìm" class="form-submit" /></div>
</div></form>
</div></div>
</div>
</header>"""


def _thousands(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _sidebar() -> str:
    notices = "".join(
        f'<p class="dong-tb"><img src="/themes/pgd_cx/images/new.gif" alt="" /> '
        f'<a href="{node_path(s)}">{esc(s.title)}</a></p>'
        for s in (S286, S272)
    )
    most = "".join(
        f'<li class="views-row"><a href="/node/{nid}">{esc(BY_NID[nid].title)}</a> '
        f'<span class="luot-xem">({_thousands(BY_NID[nid].views() * 7)} lượt xem)</span></li>'
        for nid in MOST_READ
    )
    return f"""<div class="l-sidebar l-sidebar-first col-md-4 col-md-pull-8">
<div class="block block-block-thong-bao-chay">
<h2 class="block-title" style="background:#1a5fa8;color:#fff;padding:4px 8px">THÔNG BÁO</h2>
<div class="block-content"><marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()" height="120">{notices}</marquee></div>
</div>
<div class="block block-views-tin-xem-nhieu-block">
<h2 class="block-title">Tin xem nhiều</h2>
<div class="block-content"><div class="view view-tin-xem-nhieu view-id-tin_xem_nhieu view-display-id-block"><div class="view-content"><div class="item-list"><ol>{most}</ol></div></div></div></div>
</div>
<div class="block block-block-chuyen-de">
<h2 class="block-title">Chuyên đề</h2>
<div class="block-content"><table width="100%" cellpadding="2" style="border:1px solid #c9d8ea">
<tr><td><a href="/?q=node/276"><img src="/files/banner/banner-tieng-anh.jpg" width="260" alt="Giao lưu Tiếng Anh" /></a></td></tr>
<tr><td><a href="https://hatinh.edu.vn" target="_blank"><img src="/files/banner/banner-sogd.jpg" width="260" alt="Sở GD&amp;ĐT Hà Tĩnh" /></a></td></tr>
<tr><td><a href="https://csdl.moet.gov.vn" target="_blank"><img src="/files/banner/banner-csdl.jpg" width="260" alt="CSDL ngành" /></a></td></tr>
</table></div>
</div>
<div class="block block-views-van-ban-moi-block">
<h2 class="block-title">Văn bản mới</h2>
<div class="block-content"><ul>
<li><a href="/van-ban/cong-van-so-1302-pgddt-tchc">Công văn số 1302/PGDĐT-TCHC</a> <span class="ngay">(27/11/2026)</span></li>
<li><a href="/van-ban/ke-hoach-so-1245-kh-pgddt">Kế hoạch số 1245/KH-PGDĐT</a> <span class="ngay">(16/11/2026)</span></li>
</ul><div class="more-link"><a href="/van-ban">Xem tất cả »</a></div></div>
</div>
<div class="block block-views-video-block">
<h2 class="block-title">Video clip</h2>
<div class="block-content"><iframe width="280" height="158" src="https://www.youtube.com/embed/pV8k3Nq2wLs" frameborder="0" allowfullscreen></iframe>
<p><a href="/video/chuong-trinh-van-nghe-chao-mung-ngay-nha-giao-20-11">Chương trình văn nghệ chào mừng Ngày Nhà giáo 20/11</a></p></div>
</div>
<div class="block block-block-lien-ket">
<h2 class="block-title">Liên kết website</h2>
<div class="block-content"><select onchange="if(this.value)window.open(this.value)" style="width:100%">
<option value="">-- Chọn liên kết --</option>
<option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
<option value="https://hatinh.edu.vn">Sở GD&amp;ĐT Hà Tĩnh</option>
<option value="https://camxuyen.hatinh.gov.vn">Cổng TTĐT huyện Cẩm Xuyên</option>
<option value="https://baohatinh.vn">Báo Hà Tĩnh</option>
</select></div>
</div>
<div class="block block-poll-recent">
<h2 class="block-title">Thăm dò ý kiến</h2>
<div class="block-content"><form action="/home" method="post" id="poll-view-voting" accept-charset="UTF-8"><div>
<div class="poll"><div class="vote-form"><div class="choices">
<div class="title">Bạn đánh giá thế nào về website của Phòng GD&amp;ĐT?</div>
<div class="form-radios">
<div class="form-item form-type-radio"><input type="radio" id="edit-choice-1" name="choice" value="1" class="form-radio" /> <label class="option" for="edit-choice-1">Rất hữu ích</label></div>
<div class="form-item form-type-radio"><input type="radio" id="edit-choice-2" name="choice" value="2" class="form-radio" /> <label class="option" for="edit-choice-2">Hữu ích</label></div>
<div class="form-item form-type-radio"><input type="radio" id="edit-choice-3" name="choice" value="3" class="form-radio" /> <label class="option" for="edit-choice-3">Cần cải thiện</label></div>
</div></div>
<input type="submit" id="edit-vote" name="op" value="Bình chọn" class="form-submit" /></div></div>
</div></form></div>
</div>
<div class="block block-block-thong-ke">
<h2 class="block-title">Thống kê truy cập</h2>
<div class="block-content"><table class="tk" width="100%" style="font-size:12px">
<tr><td>Đang online:</td><td align="right"><b>27</b></td></tr>
<tr><td>Hôm nay:</td><td align="right"><b>438</b></td></tr>
<tr><td>Tháng này:</td><td align="right"><b>5.912</b></td></tr>
<tr><td>Tổng truy cập:</td><td align="right"><b>1.284.936</b></td></tr>
</table></div>
</div>
</div>"""


_FOOTER = """<footer class="l-footer" role="contentinfo"><div class="l-footer-inner container container-fluid">
<div class="block block-block-chan-trang"><div class="block-content">
<table width="100%"><tr><td style="width:70%">
<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN CẨM XUYÊN</strong><br />
Địa chỉ: Số 25, đường Hà Huy Tập, thị trấn Cẩm Xuyên, huyện Cẩm Xuyên, tỉnh Hà Tĩnh<br />
Điện thoại: 0239.3861.268 - Fax: 0239.3861.269 - Email: pgdcamxuyen@hatinh.edu.vn<br />
Chịu trách nhiệm nội dung: Ông Trần Văn Lộc - Trưởng phòng</p>
</td><td style="text-align:right">
<p>Bản quyền © 2026 Phòng GD&amp;ĐT Cẩm Xuyên<br />Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
<p><a href="https://www.facebook.com/pgdcamxuyen" target="_blank">Facebook</a> | <a href="https://zalo.me/pgdcamxuyen" target="_blank">Zalo</a></p>
</td></tr></table>
</div></div>
<div class="block block-system-powered-by"><div class="block-content"><span>Vận hành bởi <a href="https://backdropcms.org">Backdrop CMS</a></span></div></div>
<a href="/rss.xml" class="feed-icon" title="Đăng ký RSS"><img src="/core/misc/feed.png" width="16" height="16" alt="Đăng ký RSS" /></a>
</div></footer>"""


def _breadcrumb(crumbs: list[tuple[str, str]], last: str | None) -> str:
    items = ['<li><a href="/">Trang chủ</a></li>'] + [f'<li><a href="{h}">{esc(n)}</a></li>' for h, n in crumbs]
    if last:
        items.append(f"<li>{esc(last)}</li>")
    return '<nav class="breadcrumb" aria-label="Website breadcrumb"><ol>' + "".join(items) + "</ol></nav>"


def page(
    request: Request,
    title: str,
    main: str,
    *,
    crumbs: list[tuple[str, str]] | None = None,
    crumb_last: str | None = None,
    body_class: str = "",
    head: str = "",
    active: str = "",
    h1: bool = True,
    status: int = 200,
) -> Response:
    breadcrumb = _breadcrumb(crumbs or [], crumb_last) if crumbs is not None else ""
    h1_html = f'<h1 class="page-title">{esc(title)}</h1>' if h1 else ""
    doc = f"""<!DOCTYPE html>
<html lang="vi" dir="ltr">
  <head>
    <meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="shortcut icon" href="/files/favicon_0.ico" type="image/vnd.microsoft.icon" />
{head}<meta name="Generator" content="Backdrop CMS 1 (https://backdropcms.org)" />
<link rel="alternate" type="application/rss+xml" title="Phòng GD&amp;ĐT Cẩm Xuyên RSS" href="/rss.xml" />
    <title>{esc(title)} | {esc(SITE)}</title>
    <link rel="stylesheet" href="/files/css/css_Yb0FhT3aXk9qP2rLmVn8sWcE1dJ4uGoI7tZy5RbNHeA.css" media="all" />
    <link rel="stylesheet" href="/themes/pgd_cx/css/pgd-cx.css?t4m2xq" media="all" />
    <script src="/core/misc/jquery.js?v=3.7.1"></script>
    <script src="/core/misc/backdrop.js?v=1.29.2"></script>
    <script>window.Backdrop = {{settings: {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"pgd_cx","theme_token":"r8C1vQmZ0pXl2uTj9wKd4GfYb6HsNa3eI5oVcEyR7Lg"}}}}}};</script>
  </head>
  <body class="page {body_class}">
    <div class="layout--moscone-flipped layout">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Chuyển đến nội dung chính</a></div>
{_header(request, active)}
<div class="l-wrapper"><div class="l-wrapper-inner container container-fluid">
<div class="l-page-title"><a id="main-content"></a>
{breadcrumb}
{h1_html}
</div>
<div class="l-middle row">
<main class="l-content col-md-8 col-md-push-4" role="main" aria-label="Main content">
{main}
</main>
{_sidebar()}
</div>
</div></div>
{_FOOTER}
    </div>
  </body>
</html>
"""
    return html(doc, status=status)


# --- node pages --------------------------------------------------------------------------------


def _cat_crumbs(cat: str) -> list[tuple[str, str]]:
    _tid, name, parent = CATS[cat]
    crumbs = []
    if parent:
        crumbs.append((f"/chuyen-muc/{parent}", CATS[parent][1]))
    crumbs.append((f"/chuyen-muc/{cat}", name))
    return crumbs


_MIME = {
    "pdf": ("application/pdf", "application-pdf.png"),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "x-office-document.png"),
}


def _files_field(files: list[tuple[str, str, str]]) -> str:
    rows = []
    for i, (name, size, href) in enumerate(files):
        mime, icon = _MIME[href.rsplit(".", 1)[1]]
        rows.append(
            f'<tr class="{"odd" if i % 2 == 0 else "even"}"><td><span class="file"><img class="file-icon" alt="" '
            f'title="{mime}" src="/core/modules/file/icons/{icon}" /> '
            f'<a href="{href}" type="{mime}">{esc(name)}</a></span></td><td>{size}</td></tr>'
        )
    return (
        '<div class="field field-name-field-tep-dinh-kem field-type-file field-label-above">'
        '<div class="field-label">Tệp đính kèm:&nbsp;</div><div class="field-items"><div class="field-item even">'
        '<table class="sticky-enabled"><thead><tr><th>Tệp đính kèm</th><th>Kích thước</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div></div></div>"
    )


def _related(s: Story) -> str:
    same = [o for o in NEWEST if o.cat == s.cat and o is not s][:3]
    if not same:
        return ""
    items = "".join(
        f'<li><a href="{node_path(o)}">{esc(o.title)}</a> <span class="ngay-dang">({list_date(o)})</span></li>'
        for o in same
    )
    return (
        '<div class="block block-views-tin-cung-chuyen-muc-block">\n<h2 class="block-title">Tin cùng chuyên mục</h2>\n'
        f'<div class="block-content"><div class="view view-tin-cung-chuyen-muc"><div class="item-list"><ul>{items}</ul>'
        "</div></div></div>\n</div>"
    )


def _comments(s: Story) -> str:
    if not s.opts.get("comments"):
        return ""
    parts = ['<section class="comments comment-wrapper" id="comments">\n<h2 class="title">Bình luận</h2>']
    for cid, (nid, name, when, subj, body) in COMMENTS.items():
        if nid != s.id:
            continue
        parts.append(
            f'<a id="comment-{cid}"></a>\n<article class="comment comment-by-anonymous clearfix" role="article">\n'
            '<footer class="comment-author-info"><img src="/core/misc/avatar.png" width="40" alt="" />\n'
            f'<p class="submitted">Gửi bởi <span class="username">{esc(name)} (chưa xác minh)</span> vào {when}</p>\n'
            f'<a href="/comment/{cid}#comment-{cid}" class="permalink" rel="bookmark">Liên kết cố định</a></footer>\n'
            f'<div class="comment-content"><h3><a href="/comment/{cid}#comment-{cid}" class="permalink" rel="bookmark">'
            f"{esc(subj)}</a></h3>\n"
            '<div class="field field-name-comment-body field-type-text-long field-label-hidden"><div class="field-items">'
            f'<div class="field-item even"><p>{esc(body)}</p></div></div></div></div>\n</article>'
        )
    dest = quote(f"node/{s.id}#comment-form", safe="/")
    parts.append(
        f'<p class="comment-login"><a href="/user/login?destination={dest}">Đăng nhập</a> hoặc '
        f'<a href="/user/register?destination={dest}">đăng ký</a> để gửi bình luận</p>\n</section>'
    )
    return "\n".join(parts)


def node_page(request: Request, s: Story) -> Response:
    cat_name = CATS[s.cat][1]
    canon = node_path(s)
    host = base_url(request)
    first = next(b.text for b in s.blocks if isinstance(b, P))
    desc = (s.summary or first)[:155].rsplit(" ", 1)[0] + "..."
    head = (
        f'<meta name="description" content="{esc(desc)}" />\n'
        f'<link rel="canonical" href="{canon}" />\n<link rel="shortlink" href="/node/{s.id}" />\n'
        f'<meta property="og:url" content="{host}{canon}" />\n<meta property="og:title" content="{esc(s.title)}" />\n'
    )
    field_img = next((b for b in s.blocks if isinstance(b, Img) and b.style == "field"), None)
    parts: list[str] = []
    if s.opts.get("dt"):
        parts.append(
            f'<footer><p class="submitted">Gửi bởi <span class="username">{s.opts["account"]}</span> vào '
            f"{submitted_text(s)}</p></footer>"
        )
    parts.append('<div class="content clearfix">')
    if s.opts.get("datefield"):
        parts.append(
            '<div class="field field-name-field-ngay-dang field-type-datetime field-label-inline clearfix">'
            '<div class="field-label">Ngày đăng:&nbsp;</div><div class="field-items"><div class="field-item even">'
            f'<span class="date-display-single">{s.opts["datefield"]}</span></div></div></div>'
        )
    if s.summary and s.sapo_outside:
        parts.append(
            '<div class="field field-name-field-tom-tat field-type-text-long field-label-hidden">'
            '<div class="field-items"><div class="field-item even" style="font-weight:bold;font-style:italic">'
            f"<p>{esc(s.summary)}</p></div></div></div>"
        )
    if field_img:
        parts.append(
            '<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items">'
            f'<div class="field-item even"><img src="{esc(field_img.src)}" width="640" height="427" alt="" /></div></div></div>'
        )
    parts.append(
        '<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items">'
        f'<div class="field-item even">{render_body(s)}</div></div></div>'
    )
    if s.opts.get("author_field"):
        parts.append(
            '<div class="field field-name-field-tac-gia field-type-text field-label-inline clearfix">'
            '<div class="field-label">Tác giả:&nbsp;</div><div class="field-items"><div class="field-item even">'
            f'{esc(s.opts["author_field"])}</div></div></div>'
        )
    if s.opts.get("files"):
        parts.append(_files_field(s.opts["files"]))
    parts.append(
        '<div class="field field-name-field-chuyen-muc field-type-taxonomy-term-reference field-label-inline clearfix">'
        '<h3 class="field-label">Chuyên mục:&nbsp;</h3><ul class="links inline"><li class="taxonomy-term-reference-0">'
        f'<a href="/chuyen-muc/{s.cat}">{esc(cat_name)}</a></li></ul></div>'
    )
    if s.opts.get("tags"):
        tags = "".join(
            f'<li class="taxonomy-term-reference-{i}"><a href="/tags/{t}">{esc(TAGS[t][1])}</a></li>'
            for i, t in enumerate(s.opts["tags"])
        )
        parts.append(
            '<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix">'
            f'<h3 class="field-label">Từ khóa:&nbsp;</h3><ul class="links inline">{tags}</ul></div>'
        )
    if s.opts.get("updated"):
        parts.append(
            '<div class="field field-name-field-cap-nhat field-type-datetime field-label-inline clearfix">'
            '<div class="field-label">Cập nhật lần cuối:&nbsp;</div><div class="field-items"><div class="field-item even">'
            f'<span class="date-display-single">{s.opts["updated"]}</span></div></div></div>'
        )
    parts.append("</div>")
    parts.append(
        '<nav class="links node-links clearfix"><ul class="links inline">'
        f'<li class="statistics-counter first last"><span>{s.views()} lượt đọc</span></li></ul></nav>'
    )
    parts.append(_comments(s))
    share_u = quote(host + canon, safe="")
    article = (
        f'<article id="node-{s.id}" class="node node-post view-mode-full clearfix" role="article">\n'
        + "\n".join(p for p in parts if p)
        + "\n</article>"
    )
    tools = (
        '<div class="block block-block-cong-cu"><div class="block-content"><div class="cong-cu-bai-viet" '
        'style="border-top:1px dotted #999;padding:6px 0;text-align:right">'
        f'<a href="https://www.facebook.com/sharer/sharer.php?u={share_u}" target="_blank" class="fb-share">'
        '<img src="/themes/pgd_cx/images/share-fb.png" alt="Chia sẻ Facebook" /></a> '
        f'<a href="https://zalo.me/share?u={share_u}" target="_blank"><img src="/themes/pgd_cx/images/share-zalo.png" alt="Zalo" /></a> '
        '<a href="javascript:window.print()"><img src="/themes/pgd_cx/images/print.png" alt="" /> In bài</a> '
        '<a href="#main-content">Về đầu trang</a></div></div></div>'
    )
    main = (
        '<div class="block block-system-main"><div class="block-content">\n'
        + article
        + "\n</div></div>\n"
        + tools
        + "\n"
        + _related(s)
    )
    return page(
        request,
        s.title,
        main,
        crumbs=_cat_crumbs(s.cat),
        crumb_last=s.title,
        body_class="node-type-post",
        head=head,
        active=f"/chuyen-muc/{s.cat}",
    )


# --- listings ----------------------------------------------------------------------------------


def _teaser(s: Story, n: int) -> str:
    first = next(b.text for b in s.blocks if isinstance(b, P))
    lead = s.summary or first
    cut = lead[:220].rsplit(" ", 1)[0] + "…" if len(lead) > 220 else lead
    img = next((b for b in s.blocks if isinstance(b, Img)), None)
    img_html = ""
    if img:
        fname = img.src.split("?")[0].rsplit("/", 1)[1]
        img_html = (
            '<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items">'
            f'<div class="field-item even"><a href="{node_path(s)}"><img src="/files/styles/medium/public/'
            f'field/image/{fname}?itok=a{s.id}x" width="220" height="147" alt="" /></a></div></div></div>'
        )
    sub = (
        f'<footer><p class="submitted">Gửi bởi <span class="username">{s.opts["account"]}</span> vào '
        f"{submitted_text(s)}</p></footer>"
        if s.opts.get("dt")
        else ""
    )
    cls = f"views-row views-row-{n} {'views-row-odd' if n % 2 else 'views-row-even'}"
    return (
        f'<div class="{cls}"><article id="node-{s.id}" class="node node-post view-mode-teaser clearfix" role="article">\n'
        f'<h2><a href="{node_path(s)}" rel="bookmark">{esc(s.title)}</a></h2>\n{sub}\n'
        f'<div class="content clearfix">{img_html}<div class="field field-name-body field-type-text-with-summary '
        f'field-label-hidden"><div class="field-items"><div class="field-item even"><p>{esc(cut)}</p></div></div></div></div>\n'
        '<nav class="links node-links clearfix"><ul class="links inline"><li class="node-readmore first last">'
        f'<a href="{node_path(s)}" rel="tag" title="{esc(s.title)}">Đọc thêm<span class="element-invisible"> về '
        f"{esc(s.title)}</span></a></li></ul></nav>\n</article></div>"
    )


def _full_pager(base: str, cur: int, total: int) -> str:
    if total <= 1:
        return ""

    def href(p: int) -> str:
        return base if p == 0 else f"{base}?page={p}"

    items = []
    if cur > 0:
        items.append(f'<li class="pager-first first"><a title="Đến trang đầu" href="{href(0)}">« đầu</a></li>')
        items.append(f'<li class="pager-previous"><a title="Đến trang trước" href="{href(cur - 1)}">‹ trước</a></li>')
    for p in range(total):
        if p == cur:
            items.append(f'<li class="pager-current">{p + 1}</li>')
        else:
            items.append(f'<li class="pager-item"><a title="Đến trang {p + 1}" href="{href(p)}">{p + 1}</a></li>')
    if cur < total - 1:
        items.append(f'<li class="pager-next"><a title="Đến trang sau" href="{href(cur + 1)}">sau ›</a></li>')
        items.append(f'<li class="pager-last last"><a title="Đến trang cuối" href="{href(total - 1)}">cuối »</a></li>')
    return (
        '<nav class="pager" role="navigation" aria-labelledby="pager-label"><h2 id="pager-label" '
        f'class="element-invisible">Trang</h2><ul class="pager">{"".join(items)}</ul></nav>'
    )


def _page_param(request: Request, element: int = 0) -> int:
    raw = request.params.get("page", "")
    parts = raw.split(",")
    try:
        return max(0, int(parts[element])) if len(parts) > element and parts[element].strip() else 0
    except ValueError:
        return 0


def term_page(request: Request, slug: str, base: str) -> Response:
    tid, name, parent = CATS[slug]
    kids = [k for k, v in CATS.items() if v[2] == slug]
    items = [s for s in NEWEST if s.cat == slug or s.cat in kids]
    total = max(1, -(-len(items) // PER_TERM_PAGE))
    cur = min(_page_param(request), total - 1)
    rows = "\n".join(_teaser(s, i + 1) for i, s in enumerate(items[cur * PER_TERM_PAGE : (cur + 1) * PER_TERM_PAGE]))
    main = (
        '<div class="block block-system-main"><div class="block-content">'
        '<div class="view view-taxonomy-term view-id-taxonomy_term view-display-id-page">\n'
        f'<div class="view-header"><div class="taxonomy-term-description"><p>Tin bài chuyên mục {esc(name)}</p></div></div>\n'
        f'<div class="view-content">\n{rows}\n</div>\n{_full_pager(base, cur, total)}\n</div></div></div>'
    )
    crumbs = [(f"/chuyen-muc/{parent}", CATS[parent][1])] if parent else []
    head = (
        f'<link rel="canonical" href="/chuyen-muc/{slug}" />\n<link rel="shortlink" href="/taxonomy/term/{tid}" />\n'
        f'<link rel="alternate" type="application/rss+xml" title="{esc(name)}" href="/taxonomy/term/{tid}/feed" />\n'
    )
    return page(request, name, main, crumbs=crumbs, body_class="page-taxonomy-term", head=head, active=f"/chuyen-muc/{slug}")


def tag_page(request: Request, slug: str) -> Response:
    name = TAGS[slug][1]
    items = [s for s in NEWEST if slug in s.opts.get("tags", [])]
    rows = "\n".join(_teaser(s, i + 1) for i, s in enumerate(items))
    main = (
        '<div class="block block-system-main"><div class="block-content">'
        '<div class="view view-taxonomy-term view-id-taxonomy_term view-display-id-page">\n'
        f'<div class="view-content">\n{rows}\n</div>\n</div></div></div>'
    )
    head = f'<link rel="canonical" href="/tags/{slug}" />\n'
    return page(request, name, main, crumbs=[], body_class="page-taxonomy-term", head=head)


def _home_list(s: Story) -> str:
    return (
        f'<li class="dong-tin"><a href="{node_path(s)}">{esc(s.title)}</a> '
        f'<span class="ngay" style="color:#888;font-size:11px">({list_date(s)})</span></li>'
    )


def home(request: Request) -> Response:
    news = [s for s in NEWEST if s.cat != "thong-bao"]
    total = -(-len(news) // PER_HOME_PAGE)
    cur = _page_param(request, 1)
    chunk = news[cur * PER_HOME_PAGE : (cur + 1) * PER_HOME_PAGE]
    rows = []
    for i, s in enumerate(chunk):
        img = next((b for b in s.blocks if isinstance(b, Img)), None)
        thumb = ""
        if img:
            fname = img.src.split("?")[0].rsplit("/", 1)[1]
            thumb = (
                f'<div class="views-field views-field-field-image"><div class="field-content"><a href="{node_path(s)}">'
                f'<img src="/files/styles/thumbnail/public/field/image/{fname}?itok=t{s.id}q" width="100" height="67" alt="" />'
                "</a></div></div>"
            )
        first = next(b.text for b in s.blocks if isinstance(b, P))
        rows.append(
            f'<div class="views-row views-row-{i + 1}">{thumb}'
            f'<div class="views-field views-field-title"><span class="field-content"><a href="{node_path(s)}">{esc(s.title)}</a></span></div>'
            f'<div class="views-field views-field-created"><span class="field-content">{list_date(s)}</span></div>'
            f'<div class="views-field views-field-body"><div class="field-content">{esc(first[:150].rsplit(" ", 1)[0])}...</div></div></div>'
        )

    def href(p: int) -> str:
        return "/home" if p == 0 else f"/home?page=0%2C{p}"

    prev = (
        f'<li class="pager-previous first"><a title="Đến trang trước" href="{href(cur - 1)}">‹‹</a></li>'
        if cur > 0
        else '<li class="pager-previous first">&nbsp;</li>'
    )
    nxt = (
        f'<li class="pager-next last"><a title="Đến trang sau" href="{href(cur + 1)}">››</a></li>'
        if cur < total - 1
        else '<li class="pager-next last">&nbsp;</li>'
    )
    mini = f'<h2 class="element-invisible">Trang</h2><ul class="pager pager--mini">{prev}<li class="pager-current">Trang {cur + 1}</li>{nxt}</ul>'
    slider = "".join(
        f'<div class="views-slideshow-cycle-main-frame-row views-row-{i + 1}"><a href="{node_path(s)}">'
        f'<img src="/files/styles/slide_640x360/public/field/image/{next(b for b in s.blocks if isinstance(b, Img)).src.split("?")[0].rsplit("/", 1)[1]}?itok=s{s.id}" '
        f'width="640" height="360" alt="{esc(s.title)}" /></a><div class="slide-caption"><a href="{node_path(s)}">{esc(s.title)}</a></div></div>'
        for i, s in enumerate((S287, S285, S279))
    )
    notices = "".join(_home_list(s) for s in (S286, S272))

    def box(slug: str) -> str:
        items = [s for s in NEWEST if s.cat == slug][:2]
        return (
            f'<div class="block block-views-khoi-chuyen-muc-block-{CATS[slug][0]} khoi-tin">'
            f'<h2 class="block-title"><a href="/chuyen-muc/{slug}">{esc(CATS[slug][1]).upper()}</a></h2>'
            f'<div class="block-content"><ul>{"".join(_home_list(s) for s in items)}</ul></div></div>'
        )

    main = f"""<div class="block block-views-tin-noi-bat-block"><div class="block-content">
<div class="view view-tin-noi-bat view-id-tin_noi_bat view-display-id-block"><div class="views-slideshow-cycle-main-frame">{slider}</div></div>
</div></div>
<div class="block block-views-tin-moi-block khoi-tin">
<h2 class="block-title"><a href="/chuyen-muc/tin-tuc-su-kien">TIN MỚI</a></h2>
<div class="block-content"><div class="view view-tin-moi view-id-tin_moi view-display-id-block_1"><div class="view-content">
{"".join(rows)}
</div>
{mini}
</div></div>
</div>
<div class="block block-views-thong-bao-block khoi-tin">
<h2 class="block-title">THÔNG BÁO</h2>
<div class="block-content"><ul>{notices}</ul><div class="more-link"><a href="/chuyen-muc/thong-bao">Xem tất cả »</a></div></div>
</div>
{box("giao-duc-mam-non")}
{box("giao-duc-tieu-hoc")}
{box("giao-duc-thcs")}"""
    return page(request, "Trang chủ", main, crumbs=None, body_class="front", h1=False, active="/")


# --- other pages -------------------------------------------------------------------------------

DOCS = {
    "ke-hoach-so-1245-kh-pgddt": {
        "title": "Kế hoạch số 1245/KH-PGDĐT về tổ chức các hội thi cấp huyện năm học 2026 - 2027",
        "so": "1245/KH-PGDĐT",
        "ngay": "16/11/2026",
        "loai": "Kế hoạch",
        "nguoi_ky": "Trần Văn Lộc",
        "trich_yeu": "Kế hoạch tổ chức các hội thi, giao lưu dành cho giáo viên và học sinh cấp huyện năm học 2026 - 2027.",
        "file": "/files/van-ban/2026/11/kh-1245-pgddt.pdf",
    },
    "cong-van-so-1302-pgddt-tchc": {
        "title": "Công văn số 1302/PGDĐT-TCHC về việc rà soát, thống kê đội ngũ giáo viên",
        "so": "1302/PGDĐT-TCHC",
        "ngay": "27/11/2026",
        "loai": "Công văn",
        "nguoi_ky": "Phan Thị Huyền",
        "trich_yeu": "Về việc rà soát, thống kê số lượng, cơ cấu đội ngũ giáo viên các trường mầm non, tiểu học, THCS tính đến ngày 30/11/2026.",
        "file": "/files/van-ban/2026/11/cv-1302-pgddt-tchc.pdf",
    },
}


def doc_page(request: Request, slug: str) -> Response:
    d = DOCS[slug]
    rows = [
        ("Số ký hiệu", d["so"]),
        ("Ngày ban hành", d["ngay"]),
        ("Loại văn bản", d["loai"]),
        ("Cơ quan ban hành", "Phòng GD&ĐT Cẩm Xuyên"),
        ("Người ký", d["nguoi_ky"]),
        ("Trích yếu", d["trich_yeu"]),
    ]
    table = "".join(f'<tr><th style="width:30%;text-align:left">{esc(k)}</th><td>{esc(v)}</td></tr>' for k, v in rows)
    fname = d["file"].rsplit("/", 1)[1]
    main = (
        '<div class="block block-system-main"><div class="block-content">'
        f'<article id="node-{200 + len(slug)}" class="node node-van-ban view-mode-full clearfix" role="article">'
        '<div class="content clearfix"><table class="thong-tin-van-ban" border="1" cellpadding="4" style="width:100%">'
        f"{table}</table>"
        '<div class="field field-name-field-tep-van-ban field-type-file field-label-inline clearfix">'
        '<div class="field-label">Tải về:&nbsp;</div><div class="field-items"><div class="field-item even">'
        f'<span class="file"><a href="{d["file"]}" type="application/pdf">{esc(fname)}</a></span></div></div></div>'
        "</div></article></div></div>"
    )
    return page(request, d["title"], main, crumbs=[("/van-ban", "Văn bản")], crumb_last=d["title"], body_class="node-type-van-ban", head=f'<link rel="canonical" href="/van-ban/{slug}" />\n', active="/van-ban")


def doc_list(request: Request) -> Response:
    rows = "".join(
        f'<tr class="{"odd" if i % 2 == 0 else "even"}"><td>{esc(d["so"])}</td><td>{d["ngay"]}</td>'
        f'<td><a href="/van-ban/{slug}">{esc(d["trich_yeu"])}</a></td><td><a href="{d["file"]}">Tải về</a></td></tr>'
        for i, (slug, d) in enumerate(sorted(DOCS.items(), key=lambda kv: kv[1]["ngay"][3:5] + kv[1]["ngay"][:2], reverse=True))
    )
    main = (
        '<div class="block block-system-main"><div class="block-content"><div class="view view-van-ban view-id-van_ban">'
        '<div class="view-content"><table class="views-table cols-4"><thead><tr><th>Số ký hiệu</th><th>Ngày ban hành</th>'
        f"<th>Trích yếu</th><th>Tệp</th></tr></thead><tbody>{rows}</tbody></table></div></div></div></div>"
    )
    return page(request, "Văn bản", main, crumbs=[], active="/van-ban")


ALBUM = "hoi-thi-be-khoe-be-ngoan-cap-huyen-2026"
VIDEO = "chuong-trinh-van-nghe-chao-mung-ngay-nha-giao-20-11"


def album_list(request: Request) -> Response:
    main = (
        '<div class="block block-system-main"><div class="block-content"><div class="view view-thu-vien-anh">'
        '<div class="view-content"><div class="views-row views-row-1">'
        f'<a href="/thu-vien-anh/{ALBUM}"><img src="/files/styles/medium/public/album/be-khoe-01.jpg?itok=al1" width="220" alt="" /></a>'
        f'<div class="views-field-title"><a href="/thu-vien-anh/{ALBUM}">Hội thi “Bé khỏe - Bé ngoan” cấp huyện 2026</a> (12 ảnh)</div>'
        "</div></div></div></div></div>"
    )
    return page(request, "Thư viện ảnh", main, crumbs=[], active="/thu-vien-anh")


def album_page(request: Request) -> Response:
    title = "Hội thi “Bé khỏe - Bé ngoan” cấp huyện 2026"
    caps = [
        "Màn đồng diễn thể dục khai mạc hội thi",
        "Bé Trường MN Hoa Sen thi bật xa",
        "Phần thi Bé khéo tay",
        "Trao giải cho các đội đạt giải Nhất",
    ]
    grid = "".join(
        f'<div class="album-item" style="float:left;width:48%;margin:1%"><a href="/files/album/be-khoe-{i + 1:02d}.jpg" class="colorbox">'
        f'<img src="/files/styles/medium/public/album/be-khoe-{i + 1:02d}.jpg?itok=al{i}" width="300" alt="{esc(c)}" /></a>'
        f'<div class="chu-thich">{esc(c)}</div></div>'
        for i, c in enumerate(caps)
    )
    main = (
        '<div class="block block-system-main"><div class="block-content">'
        '<article id="node-282" class="node node-album view-mode-full clearfix" role="article">'
        '<footer><p class="submitted">Gửi bởi <span class="username">quantri_pgd</span> vào T4, 02/12/2026 - 17:30</p></footer>'
        f'<div class="content clearfix"><div class="album-grid">{grid}</div><div style="clear:both"></div></div>'
        "</article></div></div>"
    )
    return page(request, title, main, crumbs=[("/thu-vien-anh", "Thư viện ảnh")], crumb_last=title, body_class="node-type-album", head=f'<link rel="canonical" href="/thu-vien-anh/{ALBUM}" />\n', active="/thu-vien-anh")


def video_page(request: Request) -> Response:
    title = "Chương trình văn nghệ chào mừng Ngày Nhà giáo Việt Nam 20/11"
    main = (
        '<div class="block block-system-main"><div class="block-content">'
        '<article id="node-280" class="node node-video view-mode-full clearfix" role="article">'
        '<footer><p class="submitted">Gửi bởi <span class="username">quantri_pgd</span> vào T6, 20/11/2026 - 16:00</p></footer>'
        '<div class="content clearfix"><div class="field field-name-field-video"><iframe width="640" height="360" '
        'src="https://www.youtube.com/embed/pV8k3Nq2wLs" frameborder="0" allowfullscreen></iframe></div>'
        '<div class="field field-name-body"><p>Trích đoạn chương trình văn nghệ do giáo viên các trường trên địa bàn huyện '
        "biểu diễn tại buổi gặp mặt kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.</p></div></div></article></div></div>"
    )
    return page(request, title, main, crumbs=[], crumb_last=title, body_class="node-type-video", head=f'<link rel="canonical" href="/video/{VIDEO}" />\n')


def intro_page(request: Request) -> Response:
    title = "Giới thiệu Phòng Giáo dục và Đào tạo huyện Cẩm Xuyên"
    leaders = [
        ("Trần Văn Lộc", "Trưởng phòng", "Phụ trách chung; công tác tổ chức cán bộ, tài chính"),
        ("Phan Thị Huyền", "Phó Trưởng phòng", "Phụ trách giáo dục mầm non, tiểu học"),
        ("Lê Văn Sơn", "Phó Trưởng phòng", "Phụ trách giáo dục THCS, phổ cập, khảo thí"),
    ]
    rows = "".join(f"<tr><td>{esc(n)}</td><td>{esc(c)}</td><td>{esc(v)}</td></tr>" for n, c, v in leaders)
    main = (
        '<div class="block block-system-main"><div class="block-content">'
        '<article id="node-3" class="node node-page view-mode-full clearfix" role="article"><div class="content clearfix">'
        '<div class="field field-name-body"><div class="field-items"><div class="field-item even">'
        "<p>Phòng Giáo dục và Đào tạo huyện Cẩm Xuyên là cơ quan chuyên môn thuộc UBND huyện, có chức năng tham mưu, giúp "
        "UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện.</p>"
        "<p>Hiện nay, toàn huyện có 68 trường học trực thuộc gồm 25 trường mầm non, 24 trường tiểu học và 19 trường THCS "
        "với hơn 32.000 học sinh và gần 2.100 cán bộ, giáo viên, nhân viên.</p>"
        "<h3>Lãnh đạo Phòng</h3>"
        '<table border="1" cellpadding="3" style="width:100%"><tr><th>Họ và tên</th><th>Chức vụ</th><th>Lĩnh vực phụ trách</th></tr>'
        f"{rows}</table>"
        "</div></div></div></div></article></div></div>"
    )
    return page(request, title, main, crumbs=[], crumb_last=title, body_class="node-type-page", head='<link rel="canonical" href="/gioi-thieu" />\n', active="/gioi-thieu")


def contact_page(request: Request) -> Response:
    main = (
        '<div class="block block-system-main"><div class="block-content">'
        "<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN CẨM XUYÊN</strong><br />Số 25, đường Hà Huy Tập, thị trấn Cẩm Xuyên, "
        "huyện Cẩm Xuyên, tỉnh Hà Tĩnh<br />Điện thoại: 0239.3861.268 - Email: pgdcamxuyen@hatinh.edu.vn</p>"
        '<form class="contact-form" action="/lien-he" method="post" id="contact-site-form" accept-charset="UTF-8"><div>'
        '<div class="form-item"><label for="edit-name">Họ tên <span class="form-required">*</span></label><input type="text" id="edit-name" name="name" size="60" class="form-text required" /></div>'
        '<div class="form-item"><label for="edit-mail">Email <span class="form-required">*</span></label><input type="email" id="edit-mail" name="mail" class="form-email required" /></div>'
        '<div class="form-item"><label for="edit-subject">Tiêu đề</label><input type="text" id="edit-subject" name="subject" class="form-text" /></div>'
        '<div class="form-item"><label for="edit-message">Nội dung</label><textarea id="edit-message" name="message" rows="5"></textarea></div>'
        '<input type="hidden" name="form_id" value="contact_site_form" />'
        '<div class="form-actions"><input type="submit" name="op" value="Gửi thư" class="form-submit" /></div></div></form>'
        "</div></div>"
    )
    return page(request, "Liên hệ", main, crumbs=[], crumb_last="Liên hệ", body_class="page-contact", active="/lien-he")


def user_page(request: Request, which: str) -> Response:
    title = "Đăng nhập" if which == "login" else "Tạo tài khoản mới"
    main = (
        '<div class="block block-system-main"><div class="block-content">'
        f'<form action="/user/{which}" method="post" id="user-{which}" accept-charset="UTF-8"><div>'
        '<div class="form-item"><label for="edit-name">Tên đăng nhập hoặc email</label><input type="text" id="edit-name" name="name" class="form-text" /></div>'
        '<div class="form-item"><label for="edit-pass">Mật khẩu</label><input type="password" id="edit-pass" name="pass" class="form-text" /></div>'
        f'<input type="submit" name="op" value="{title}" class="form-submit" /></div></form></div></div>'
    )
    return page(request, title, main, crumbs=[], body_class="page-user")


def rss(request: Request, stories: list[Story] | None = None, title: str = SITE) -> Response:
    host = base_url(request)
    items = "".join(
        f"<item><title>{esc(s.title)}</title><link>{host}{node_path(s)}</link>"
        f"<description>{esc(next(b.text for b in s.blocks if isinstance(b, P))[:200])}</description>"
        f'<pubDate>{_created(s):%a, %d %b %Y %H:%M:%S} +0700</pubDate><dc:creator>{s.opts["account"]}</dc:creator>'
        f'<guid isPermaLink="false">{s.id} at {host}</guid></item>'
        for s in (NEWEST[:10] if stories is None else stories)
    )
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="'
        + host
        + f'" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>{esc(title)}</title>'
        f"<link>{host}/</link><description></description><language>vi</language>{items}</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


ROBOTS = """#
# robots.txt
#
User-agent: *
# Directories
Disallow: /core/
Disallow: /profiles/
# Files
Disallow: /README.md
Disallow: /web.config
# Paths (clean URLs)
Disallow: /admin/
Disallow: /comment/reply/
Disallow: /filter/tips
Disallow: /node/add/
Disallow: /search/
Disallow: /user/register
Disallow: /user/password
Disallow: /user/login
Disallow: /user/logout
# Paths (no clean URLs)
Disallow: /?q=admin/
Disallow: /?q=comment/reply/
Disallow: /?q=user/login
"""


# --- routing -----------------------------------------------------------------------------------

_TERM_BY_TID = {v[0]: k for k, v in CATS.items()}
_TAG_BY_TID = {v[0]: k for k, v in TAGS.items()}


class BackdropSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path == "/" and request.params.get("q"):
            path = "/" + request.params["q"].strip("/")
        if path.startswith(("/files/", "/core/", "/themes/")):
            if path.endswith((".pdf", ".docx")):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path in ("/", "/home"):
            return home(request)
        if path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/rss.xml":
            return rss(request)
        if path in ALIASES:
            return node_page(request, ALIASES[path])
        if path in OLD_ALIASES:
            return redirect(node_path(OLD_ALIASES[path]), 301)
        m = re.fullmatch(r"/node/(\d+)", path)
        if m and int(m.group(1)) in BY_NID:
            return node_page(request, BY_NID[int(m.group(1))])
        m = re.fullmatch(r"/comment/(\d+)", path)
        if m and int(m.group(1)) in COMMENTS:
            return node_page(request, BY_NID[COMMENTS[int(m.group(1))][0]])
        m = re.fullmatch(r"/chuyen-muc/([a-z0-9-]+)", path)
        if m and m.group(1) in CATS:
            return term_page(request, m.group(1), path)
        m = re.fullmatch(r"/taxonomy/term/(\d+)/feed", path)
        if m and int(m.group(1)) in _TERM_BY_TID:
            slug = _TERM_BY_TID[int(m.group(1))]
            kids = [k for k, v in CATS.items() if v[2] == slug]
            return rss(request, [s for s in NEWEST if s.cat == slug or s.cat in kids][:10], CATS[slug][1])
        m = re.fullmatch(r"/taxonomy/term/(\d+)", path)
        if m and int(m.group(1)) in _TERM_BY_TID:
            return term_page(request, _TERM_BY_TID[int(m.group(1))], path)
        if m and int(m.group(1)) in _TAG_BY_TID:
            return tag_page(request, _TAG_BY_TID[int(m.group(1))])
        m = re.fullmatch(r"/tags/([a-z0-9-]+)", path)
        if m and m.group(1) in TAGS:
            return tag_page(request, m.group(1))
        if path == "/van-ban":
            return doc_list(request)
        m = re.fullmatch(r"/van-ban/([a-z0-9-]+)", path)
        if m and m.group(1) in DOCS:
            return doc_page(request, m.group(1))
        if path == "/thu-vien-anh":
            return album_list(request)
        if path == f"/thu-vien-anh/{ALBUM}":
            return album_page(request)
        if path == f"/video/{VIDEO}":
            return video_page(request)
        if path == "/gioi-thieu":
            return intro_page(request)
        if path == "/lien-he":
            return contact_page(request)
        if path in ("/user/login", "/user/register"):
            return user_page(request, path.rsplit("/", 1)[1])
        return None


def build_site() -> BackdropSite:
    return BackdropSite()


# --- gold --------------------------------------------------------------------------------------


def _alts(s: Story) -> list[str]:
    alts = [] if s.opts.get("nid_only") else [f"/node/{s.id}"]
    if s.opts.get("old_alias"):
        alts.append(f"/tin-tuc/{s.opts['old_alias']}")
    if s.id == 276:
        alts.append("/?q=node/276")
    alts += [f"/comment/{cid}" for cid, c in COMMENTS.items() if c[0] == s.id]
    return alts


GOLD = [
    gold_record(s, node_path(s), CATS[s.cat][1], canonical_path=node_path(s), alt_paths=_alts(s))
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    "/van-ban/ke-hoach-so-1245-kh-pgddt",
    "/van-ban/cong-van-so-1302-pgddt-tchc",
    f"/thu-vien-anh/{ALBUM}",
    f"/video/{VIDEO}",
]
