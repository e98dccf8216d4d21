"""Phòng GD&ĐT huyện Đông Anh (Hà Nội): a Rails 7 + Hotwire app written by the district's IT
contractor (Turbo Drive, lazy Turbo Frames, Stimulus, Bootstrap 5, Action Text / Trix bodies,
Active Storage images, the ``local_time`` gem for dates). Server-rendered, no JSON API.

URL scheme
- ``/`` home: "Tiêu điểm" card, "Tin mới" (3 newest), sidebar.
- ``/chuyen-muc/<slug>``: a category shell whose entries arrive in
  ``<turbo-frame id="ds_bai_viet" src="/chuyen-muc/<slug>/trang/1" loading="lazy">``; the frame
  pages (``/chuyen-muc/<slug>/trang/<N>``) are bare frame documents (no layout), 3 entries each.
  Page 2 is reached three different ways (see Traps).
- ``/thong-bao`` (+ ``?page=2``): notices, 2 per page, server-rendered; "Xem thêm" is a
  ``button_to ... method: :get`` form.
- ``/bai-viet/<id>-<slug>``: article (``to_param`` = "id-slug"; the controller does
  ``BaiViet.find(params[:id])``, so ``/bai-viet/<id>`` and ``/bai-viet/<id>-<any slug>`` serve the
  same page, with ``<link rel="canonical">`` to the current slug).
- ``/van-ban`` + ``/van-ban/<id>``: legal document register (not articles).
- ``/khung/doc-nhieu``: the sidebar's lazy "Đọc nhiều" frame (a fragment, not a page).
- ``/gioi-thieu``, ``/co-cau-to-chuc``, ``/lien-he``, ``/thu-vien-anh/7-...``, ``/tim-kiem``,
  ``/users/sign_in``; Active Storage under ``/rails/active_storage/...`` (302 to the disk service).

Page templates: layout (top bar with today's date, navbar with dropdowns, breadcrumb, col-lg-8
main + col-lg-4 sidebar, footer); article show (h1, meta line with ``<time data-local>``, author
card, lead paragraph, ``<div class="trix-content">`` body, share tools, "Tin mới hơn" list);
notice show (same, but "Ngày ban hành" printed with rails-i18n month words and no author card).

How each gold article is reached
- 1320, 1318, 1315: home "Tin mới"; also their category frame page 1.
- 1311, 1297: /chuyen-muc/tin-tuc-su-kien/trang/1 (lazy frame); 1276 only on .../trang/2, a
  nested lazy frame inside page 1 (infinite scroll).
- 1304, 1290: /chuyen-muc/hoat-dong-chuyen-mon/trang/1; 1268 only on .../trang/2 (Pagy links
  with ``data-turbo-frame``).
- 1308, 1283: /chuyen-muc/thi-dua-khen-thuong/trang/1.
- 1313: /thong-bao (linked there under its OLD slug); 1299 only on /thong-bao?page=2 (GET form).
- 1311, 1308, 1290 are also in the sidebar frame /khung/doc-nhieu.

Traps
1. Listings are empty shells: entries arrive only through ``<turbo-frame src=... loading="lazy">``;
   frame pages are bare documents (no <title>, no layout). Gold: every entry is reached through
   the frame's ``src``.
2. Three paginations in one app: tin-tuc page 2 is a nested lazy ``<turbo-frame
   id="ds_bai_viet_trang_2" src=".../trang/2">`` at the bottom of page 1 (infinite scroll, no
   link at all); chuyen-mon uses Pagy ``<nav class="pagy">`` links; /thong-bao's "Xem thêm" is a
   ``<form class="button_to" method="get">`` with a hidden ``page=2``. Gold: 1276, 1268, 1299 are
   reachable only that way.
3. local_time fallback text: ``<time datetime="2026-11-30T23:30:00Z" data-local="time">`` prints
   the UTC instant in English ("November 30, 2026 11:30pm") until JS localises it. Gold: the local
   time +07:00 ("2026-12-01T06:30:00+07:00" for 1311, whose printed text even shows the previous
   day); never the fallback text read as local.
4. Notices print only "Ngày ban hành: 04 Tháng mười hai, 2026" (rails-i18n ``:long``, month in
   words), while the only machine-readable ``<time datetime>`` on the page is the "Cập nhật"
   time-ago. Gold: the day of issue alone ("2026-12-04"), not the update instant.
5. Trix markup: paragraphs are not <p> but ``<div>`` runs split by ``<br><br>`` (one ``<br>``
   splits too); Trix's only heading is ``<h1>``, so a subheading inside the body is a second h1
   on the page. Gold: every br-separated run is a paragraph, the body h1 is a body paragraph and
   the title is the first h1 (outside .trix-content).
6. Action Text's default blob partial prints a captionless photo's file name and size as its
   figcaption ("<span class=attachment__name>IMG_20261203_091455.jpg</span> <span
   class=attachment__size>2,4 MB</span>"). Gold: caption None; a set caption is the caption;
   a caption "Ảnh: X" credits a photographer and is no caption.
7. Each photo is printed under two URLs: the ``<action-text-attachment url="…/blobs/redirect/…">``
   attribute (absolute, original blob) and the ``<img src="…/representations/redirect/…">``
   variant; both 302 to the disk service. Gold: the <img src> as printed, once per photo, in
   order; avatars in the author card and listing thumbnails are not article images. Galleries
   (``attachment-gallery--2``) are two photos in order.
8. PDF attachments inside the Trix body render as a figure whose figcaption is the file name and
   size. Gold: a file-attachment line, not body, not an image.
9. The same post is linked twice or three times: the share box's "Liên kết rút gọn"
   ``/bai-viet/<id>`` on every article, and /thong-bao links 1313 under its old slug (title
   edited after publication); all serve 200 with the same canonical. Gold: the current slug is
   path and canonical; the others are alt_paths.
10. Bylines: the author card under the title comes from the User model (avatar, "ThS." name, the
    post on its own line) -> name only; a card showing the CMS account "Quản trị viên" or a
    "Người đăng: pgd_donganh" line -> nobody; the text's own closing line ("Bài và ảnh: X (unit)",
    "Tin: X – Ảnh: Y", a unit alone in bold) is where those articles are signed.
11. A Stimulus "xem-them" controller hides the second half of a long article in
    ``<div hidden data-xem-them-target="phanAn">`` behind a "Xem thêm" button. Gold: the hidden
    half is article text, in order.
12. The sidebar's lazy "Đọc nhiều" frame and the "Tin mới hơn" box print other posts' titles and
    excerpts. Gold: not articles, not body.

Gold decisions on ambiguous points
- The summary is the ``<p class="lead">`` printed above the Trix body (its own element, first
  paragraph of the body). Notices have none (null).
- "Bài và ảnh: X" is read like "Tin, ảnh: X" (author and photographer); the unit in parentheses
  after a name is dropped.
- Notices without a signer have no author; the bold unit line at the foot of 1320 is a unit
  signing alone and is its author as printed ("Bộ phận Tổ chức - Hành chính").
- Image paths are the ``<img src>`` (the representation URL), not the redirect target.
- Fragments (frame pages, /khung/doc-nhieu) and the search/login pages are neither gold nor
  NON_ARTICLES.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

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
)

NAME = "hotwire_rails_pgd"
PLATFORM = "Ruby on Rails 7 + Hotwire (Turbo Frames, Stimulus), Action Text, Bootstrap 5"
START_PATH = "/"

TZ = timezone(timedelta(hours=7))
NOW = datetime(2026, 12, 5, 10, 0, tzinfo=TZ)
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
SITE = "Phòng Giáo dục và Đào tạo huyện Đông Anh"

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "thi-dua-khen-thuong": "Thi đua - Khen thưởng",
}
NOTICE = "Thông báo"
PER_PAGE = 3
NOTICES_PER_PAGE = 2

# --- Active Storage URLs ----------------------------------------------------------------------


def _b64(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _digest(seed: str) -> str:
    return hashlib.sha1(seed.encode()).hexdigest()


def _sid(blob: int) -> str:
    return _b64(f'{{"_rails":{{"data":{blob},"pur":"blob_id"}}}}') + "--" + _digest(f"b{blob}")


_VARIANTS = {
    kind: _b64(f'{{"_rails":{{"data":{{"format":"jpg","resize_to_limit":[{w},{h}]}},'
               f'"pur":"variation"}}}}') + "--" + _digest(kind)
    for kind, (w, h) in {
        "don": (1024, 768), "gallery": (800, 600), "thumb": (360, 240), "avatar": (64, 64),
    }.items()
}


def rep(blob: int, filename: str, kind: str = "don") -> str:
    return f"/rails/active_storage/representations/redirect/{_sid(blob)}/{_VARIANTS[kind]}/{filename}"


def blob_path(blob: int, filename: str) -> str:
    return f"/rails/active_storage/blobs/redirect/{_sid(blob)}/{filename}"


def _blob_of(src: str) -> tuple[str, str]:
    parts = src.split("/")
    return parts[5], parts[-1]


def _human_size(seed: str, big: bool = True) -> tuple[int, str]:
    n = int(_digest(seed)[:6], 16)
    if big:
        size = 1_200_000 + n % 2_600_000
        return size, f"{size / 1_048_576:.1f} MB".replace(".", ",")
    size = 180_000 + n % 400_000
    return size, f"{size // 1024} KB"


# --- dates ------------------------------------------------------------------------------------

_MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
_MONTHS_VI = ["Tháng một", "Tháng hai", "Tháng ba", "Tháng tư", "Tháng năm", "Tháng sáu",
              "Tháng bảy", "Tháng tám", "Tháng chín", "Tháng mười", "Tháng mười một",
              "Tháng mười hai"]


def _local(iso: str) -> datetime:
    return datetime.fromisoformat(iso).astimezone(TZ)


def _fallback(dt: datetime) -> str:
    """local_time's server text: UTC, "%B %e, %Y %l:%M%P" (space-padded day and hour)."""
    u = dt.astimezone(UTC)
    hour = u.hour % 12 or 12
    return f"{_MONTHS_EN[u.month - 1]} {u.day:>2}, {u.year} {hour:>2}:{u.minute:02d}{'am' if u.hour < 12 else 'pm'}"


def local_time(dt: datetime, kind: str = "time") -> str:
    stamp = dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    fmt = ' data-format="%H:%M, %d/%m/%Y"' if kind == "time" else ""
    return f'<time datetime="{stamp}" data-local="{kind}"{fmt}>{_fallback(dt)}</time>'


def vi_long_date(day: str) -> str:
    y, m, d = (int(x) for x in day.split("-"))
    return f"{d:02d} {_MONTHS_VI[m - 1]}, {y}"


def time_ago(dt: datetime) -> str:
    delta = NOW - dt
    hours = int(delta.total_seconds() // 3600)
    if hours < 24:
        return f"khoảng {max(hours, 1)} giờ trước"
    days = round(delta.total_seconds() / 86400)
    if days < 30:
        return f"{days} ngày trước"
    return "khoảng 1 tháng trước"


# --- the articles -----------------------------------------------------------------------------


@dataclass
class Post:
    story: Story
    when: datetime  # the instant used for ordering and the listing's time-ago
    updated: datetime
    notice_day: str | None = None  # notices: "Ngày ban hành"
    thumb: str | None = None

    @property
    def path(self) -> str:
        return f"/bai-viet/{self.story.id}-{self.story.slug}"


def _g(blob: int, fn: str, printed: str | None = None, caption: str | None = None) -> Img:
    return Img(rep(blob, fn, "gallery"), printed, caption, "gallery")


def _i(blob: int, fn: str, printed: str | None = None, caption: str | None = None) -> Img:
    return Img(rep(blob, fn), printed, caption, "don")


def _pdf(blob: int, fn: str) -> Raw:
    return Raw(f"@pdf:{blob}:{fn}")


S1318 = Story(
    1318, "dong-anh-to-chuc-hoi-khoe-phu-dong-cap-huyen-nam-hoc-2026-2027",
    "Đông Anh tổ chức Hội khỏe Phù Đổng cấp huyện năm học 2026-2027", "tin-tuc-su-kien",
    "2026-12-03T15:40:00+07:00",
    [
        P("Hội khỏe Phù Đổng năm nay thu hút hơn 2.300 vận động viên là học sinh tiểu học và "
          "trung học cơ sở, thi đấu ở 9 môn: điền kinh, bơi, cờ vua, bóng đá, bóng bàn, cầu lông, "
          "đá cầu, võ thuật và bóng chuyền."),
        _g(2201, "IMG_20261203_084512.jpg", "Các đoàn vận động viên diễu hành tại lễ khai mạc",
           "Các đoàn vận động viên diễu hành tại lễ khai mạc"),
        _g(2202, "IMG_20261203_085930.jpg", "Màn đồng diễn của học sinh Trường TH Thụy Lâm",
           "Màn đồng diễn của học sinh Trường TH Thụy Lâm"),
        P("Phát biểu khai mạc, đồng chí Trưởng phòng GD&ĐT nhấn mạnh Hội khỏe là dịp để các nhà "
          "trường đánh giá kết quả giáo dục thể chất và phát hiện năng khiếu thể thao."),
        P("Các môn thi đấu được tổ chức tại Trung tâm Văn hóa - Thể thao huyện và 4 trường làm "
          "điểm thi đấu.", "br"),
        P("Kết quả nổi bật", "h1"),
        P("Sau 3 ngày tranh tài, Ban tổ chức đã trao 186 huy chương vàng, 203 huy chương bạc và "
          "241 huy chương đồng cho các vận động viên."),
        _i(2203, "IMG_20261203_091455.jpg"),
        P("Toàn đoàn xếp thứ nhất khối THCS thuộc về Trường THCS Nguyễn Huy Tưởng; khối tiểu học "
          "là Trường TH Tiên Dương."),
    ],
    authors=["Nguyễn Thị Thu Hà"],
    summary="Sáng 03/12, tại Trung tâm Văn hóa - Thể thao huyện, Phòng GD&ĐT huyện Đông Anh đã "
            "khai mạc Hội khỏe Phù Đổng cấp huyện năm học 2026-2027.",
    sapo_outside=True,
    opts={"card": ("ThS. Nguyễn Thị Thu Hà", "Phó Trưởng phòng"), "feature": True},
)

S1311 = Story(
    1311, "hoi-nghi-tong-ket-cong-tac-chuyen-doi-so-nganh-giao-duc-huyen-dong-anh",
    "Hội nghị tổng kết công tác chuyển đổi số ngành Giáo dục huyện Đông Anh", "tin-tuc-su-kien",
    "2026-12-01T06:30:00+07:00",
    [
        P("Hội nghị đánh giá kết quả 3 năm triển khai Đề án chuyển đổi số trong các cơ sở giáo "
          "dục trên địa bàn huyện và đề ra nhiệm vụ cho giai đoạn tiếp theo."),
        P("Đến nay, 100% trường học trên địa bàn huyện đã sử dụng sổ điểm điện tử, học bạ số và "
          "thanh toán không dùng tiền mặt; 87 trường đã kết nối dữ liệu với cơ sở dữ liệu ngành."),
        _i(2211, "hoi-nghi-cds-01.jpg", "Quang cảnh hội nghị", "Quang cảnh hội nghị"),
        P("Hội nghị cũng ghi nhận những khó khăn về hạ tầng mạng ở một số trường vùng bãi và "
          "việc bồi dưỡng kỹ năng số cho đội ngũ giáo viên lớn tuổi."),
        P("Năm học 2026-2027, Phòng GD&ĐT đặt mục tiêu 100% giáo viên được bồi dưỡng kỹ năng số "
          "cơ bản và thí điểm lớp học thông minh tại 12 trường."),
        Raw("<div><em><strong>Bài và ảnh: Phạm Thu Trang (Trường TH Liên Hà)</strong></em></div>"),
    ],
    authors=["Phạm Thu Trang"],
    photographers=["Phạm Thu Trang"],
    summary="Sáng 01/12, Phòng GD&ĐT huyện Đông Anh tổ chức Hội nghị tổng kết công tác chuyển "
            "đổi số ngành Giáo dục giai đoạn 2024-2026.",
    sapo_outside=True,
    opts={"account": "pgd_donganh"},
)

S1297 = Story(
    1297, "truong-thcs-uy-no-don-bang-cong-nhan-truong-dat-chuan-quoc-gia-muc-do-2",
    "Trường THCS Uy Nỗ đón Bằng công nhận trường đạt chuẩn quốc gia mức độ 2", "tin-tuc-su-kien",
    "2026-11-20T09:05:00+07:00",
    [
        P("Trường THCS Uy Nỗ là một trong những trường có bề dày thành tích của huyện Đông Anh, "
          "nhiều năm liền đạt danh hiệu Tập thể lao động xuất sắc."),
        _i(2221, "DSC_0412.jpg", "Ảnh: Lê Quang Vinh", None),
        P("Sau 5 năm kể từ lần công nhận đầu tiên, nhà trường đã đầu tư xây mới khu nhà học 4 "
          "tầng với 24 phòng học, phòng bộ môn và thư viện thân thiện."),
        P("Tại buổi lễ, đại diện lãnh đạo UBND huyện đã trao Bằng công nhận và đề nghị nhà "
          "trường tiếp tục giữ vững, nâng cao chất lượng các tiêu chuẩn."),
    ],
    authors=["Trần Minh Đức"],
    photographers=["Lê Quang Vinh"],
    summary="Ngày 19/11, Trường THCS Uy Nỗ long trọng tổ chức Lễ đón Bằng công nhận trường đạt "
            "chuẩn quốc gia mức độ 2.",
    sapo_outside=True,
    opts={"card": ("Trần Minh Đức", "Chuyên viên Phòng GD&ĐT")},
)

S1276 = Story(
    1276, "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-tai-huyen-dong-anh",
    "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11 tại huyện Đông Anh", "tin-tuc-su-kien",
    "2026-11-19T16:20:00+07:00",
    [
        P("Dự buổi lễ có lãnh đạo Huyện ủy, HĐND, UBND huyện cùng hơn 500 cán bộ quản lý, giáo "
          "viên tiêu biểu của các trường trên địa bàn."),
        P("Năm học vừa qua, ngành Giáo dục huyện có 32 giáo viên đạt danh hiệu giáo viên dạy giỏi "
          "cấp Thành phố, 5 nhà giáo được tặng Bằng khen của Bộ trưởng Bộ GD&ĐT."),
        _i(2231, "IMG_7781.jpg", "Lãnh đạo huyện tặng hoa chúc mừng các nhà giáo tiêu biểu",
           "Lãnh đạo huyện tặng hoa chúc mừng các nhà giáo tiêu biểu"),
        P("Dịp này, UBND huyện đã khen thưởng 46 tập thể và 118 cá nhân có thành tích xuất sắc "
          "trong phong trào thi đua \"Đổi mới, sáng tạo trong dạy và học\"."),
        Raw("<div><strong>Nguồn: Cổng TTĐT huyện Đông Anh</strong></div>"),
    ],
    source="Cổng TTĐT huyện Đông Anh",
    summary="Chiều 19/11, UBND huyện Đông Anh tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam "
            "(20/11/1982 - 20/11/2026).",
    sapo_outside=True,
    opts={"account": "pgd_donganh"},
)

S1315 = Story(
    1315, "chuyen-de-day-hoc-phat-trien-nang-luc-mon-toan-cap-thcs",
    "Chuyên đề dạy học phát triển năng lực môn Toán cấp THCS tại Trường THCS Nguyễn Huy Tưởng",
    "hoat-dong-chuyen-mon", "2026-12-02T14:00:00+07:00",
    [
        P("Chuyên đề gồm hai tiết dạy minh họa ở lớp 7 và lớp 9, tập trung vào hoạt động mô hình "
          "hóa toán học và sử dụng phần mềm GeoGebra trong dạy học hình học."),
        _i(2241, "chuyen-de-toan-1.jpg", "Tiết dạy minh họa lớp 9A3", "Tiết dạy minh họa lớp 9A3"),
        P("Sau các tiết dạy, giáo viên dự giờ thảo luận theo nhóm về mục tiêu, tiến trình tổ "
          "chức hoạt động và cách đánh giá năng lực học sinh."),
        P("Những điểm cần lưu ý", "h1"),
        P("Giao nhiệm vụ học tập rõ ràng, có sản phẩm cụ thể.", "li"),
        P("Tăng thời gian để học sinh tự trình bày, phản biện.", "li"),
        P("Sử dụng công nghệ đúng lúc, không lạm dụng trình chiếu.", "li"),
        P("Chuyên đề sẽ được nhân rộng tại các cụm trường trong học kỳ II."),
        Raw("<div><br></div>"),
        Raw("<div><strong>Bộ phận Chuyên môn THCS</strong></div>"),
    ],
    authors=["Bộ phận Chuyên môn THCS"],
    summary="Ngày 02/12, Phòng GD&ĐT tổ chức chuyên đề cấp huyện về dạy học phát triển năng lực "
            "môn Toán cho giáo viên các trường THCS.",
    sapo_outside=True,
    opts={"account": "chuyenmon.thcs"},
)

_HIDDEN_1304 = [
    P("Phần thứ hai của chương trình dành cho thực hành: mỗi nhóm xây dựng một đề kiểm tra "
      "định kỳ kèm ma trận, bản đặc tả và hướng dẫn chấm."),
    P("Các báo cáo viên lưu ý việc ra đề theo hướng tăng câu hỏi vận dụng gắn với tình huống "
      "thực tiễn, tránh các câu hỏi chỉ kiểm tra ghi nhớ máy móc."),
    _i(2252, "tap-huan-tt27-2.jpg", "Các nhóm thảo luận xây dựng ma trận đề kiểm tra",
       "Các nhóm thảo luận xây dựng ma trận đề kiểm tra"),
    P("Kết thúc đợt tập huấn, 100% giáo viên cốt cán hoàn thành bài thu hoạch và sẽ tổ chức "
      "tập huấn lại tại đơn vị trước ngày 15/12/2026."),
]

S1304 = Story(
    1304, "tap-huan-giao-vien-cot-can-ve-kiem-tra-danh-gia-theo-thong-tu-27",
    "Tập huấn giáo viên cốt cán về kiểm tra, đánh giá theo Thông tư 27", "hoat-dong-chuyen-mon",
    "2026-11-25T08:15:00+07:00",
    [
        P("Tham dự tập huấn có 142 giáo viên cốt cán các môn học của 31 trường tiểu học trên địa "
          "bàn huyện."),
        P("Nội dung tập huấn gồm: những điểm mới của Thông tư 27/2020/TT-BGDĐT; cách nhận xét "
          "thường xuyên bằng lời và bằng văn bản; kỹ thuật xây dựng ma trận đề kiểm tra."),
        _i(2251, "tap-huan-tt27-1.jpg", "Báo cáo viên trao đổi với giáo viên cốt cán",
           "Báo cáo viên trao đổi với giáo viên cốt cán"),
        P("Buổi sáng, các học viên nghe báo cáo chuyên đề và chia sẻ kinh nghiệm đánh giá học "
          "sinh bằng nhận xét ở các trường Tiểu học Đông Hội, Tiểu học Vân Hà."),
        *_HIDDEN_1304,
    ],
    authors=["Đỗ Văn Khải"],
    summary="Trong hai ngày 24 và 25/11, Phòng GD&ĐT huyện Đông Anh tổ chức tập huấn giáo viên "
            "cốt cán cấp tiểu học về kiểm tra, đánh giá học sinh.",
    sapo_outside=True,
    opts={"card": ("Đỗ Văn Khải", "Chuyên viên"), "hidden_from": 4},
)

S1290 = Story(
    1290, "hoi-thi-giao-vien-day-gioi-cap-huyen-bac-mam-non-nam-hoc-2026-2027",
    "Hội thi giáo viên dạy giỏi cấp huyện bậc Mầm non năm học 2026-2027", "hoat-dong-chuyen-mon",
    "2026-11-14T10:30:00+07:00",
    [
        P("Hội thi có 64 giáo viên đến từ 38 trường mầm non công lập và tư thục tham gia, thi "
          "qua hai phần: giới thiệu biện pháp và thực hành tổ chức hoạt động."),
        _i(2261, "IMG_20261113_101233.jpg"),
        P("Ban giám khảo đánh giá các tiết dạy được chuẩn bị công phu, sử dụng nhiều đồ dùng tự "
          "làm từ nguyên vật liệu tái chế, phù hợp với trẻ."),
        P("Kết quả, 21 giáo viên đạt giải Nhất, 26 giáo viên đạt giải Nhì và 17 giáo viên đạt "
          "giải Ba."),
    ],
    summary="Từ ngày 10 đến 13/11, Phòng GD&ĐT huyện tổ chức Hội thi giáo viên dạy giỏi cấp "
            "huyện bậc học Mầm non.",
    sapo_outside=True,
    opts={"card": ("Quản trị viên", "Tài khoản hệ thống")},
)

S1268 = Story(
    1268, "sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-cum-truong-tieu-hoc-so-3",
    "Sinh hoạt chuyên môn theo nghiên cứu bài học cụm trường Tiểu học số 3",
    "hoat-dong-chuyen-mon", "2026-10-28T14:45:00+07:00",
    [
        P("Buổi sinh hoạt được tổ chức tại Trường TH Kim Chung với sự tham gia của giáo viên khối "
          "4, 5 thuộc 6 trường trong cụm."),
        P("Giáo viên dự giờ tập trung quan sát hoạt động học của học sinh thay vì nhận xét tiết "
          "dạy của giáo viên, đúng tinh thần nghiên cứu bài học."),
        _i(2271, "sh-cum3.jpg", "Giáo viên quan sát nhóm học sinh lớp 5A2",
           "Giáo viên quan sát nhóm học sinh lớp 5A2"),
        P("Cụm trường thống nhất duy trì sinh hoạt định kỳ mỗi tháng một lần, luân phiên tại các "
          "trường trong cụm."),
        Raw("<div><em>Tin: Ngô Thị Lan – Ảnh: Trần Đức Anh</em></div>"),
    ],
    authors=["Ngô Thị Lan"],
    photographers=["Trần Đức Anh"],
    summary="Chiều 27/10, cụm trường Tiểu học số 3 tổ chức sinh hoạt chuyên môn theo hướng "
            "nghiên cứu bài học môn Tiếng Việt.",
    sapo_outside=True,
    opts={"account": "pgd_donganh"},
)

S1308 = Story(
    1308, "tuyen-duong-126-hoc-sinh-dat-giai-ky-thi-hoc-sinh-gioi-cap-thanh-pho",
    "Tuyên dương 126 học sinh đạt giải kỳ thi học sinh giỏi cấp Thành phố", "thi-dua-khen-thuong",
    "2026-11-27T11:00:00+07:00",
    [
        P("Kết quả cụ thể theo từng môn thi như sau:"),
        P("Toán: 4 giải Nhất, 9 giải Nhì, 12 giải Ba.", "li"),
        P("Ngữ văn: 2 giải Nhất, 8 giải Nhì, 15 giải Ba.", "li"),
        P("Tiếng Anh: 6 giải Nhất, 11 giải Nhì, 14 giải Ba.", "li"),
        P("Khoa học tự nhiên: 3 giải Nhất, 10 giải Nhì, 32 giải Ba.", "li"),
        _i(2281, "tuyen-duong-hsg.jpg", "Lãnh đạo huyện trao thưởng cho học sinh đạt giải Nhất",
           "Lãnh đạo huyện trao thưởng cho học sinh đạt giải Nhất"),
        P("Tổng số tiền thưởng của huyện dành cho học sinh và giáo viên bồi dưỡng là hơn 480 "
          "triệu đồng."),
    ],
    authors=["Nguyễn Thị Thu Hà"],
    summary="Sáng 27/11, UBND huyện Đông Anh tổ chức lễ tuyên dương, khen thưởng 126 học sinh "
            "lớp 9 đạt giải trong kỳ thi học sinh giỏi cấp Thành phố.",
    sapo_outside=True,
    opts={"card": ("ThS. Nguyễn Thị Thu Hà", "Phó Trưởng phòng")},
)

S1283 = Story(
    1283, "phat-dong-phong-trao-thi-dua-chao-mung-ngay-thanh-lap-qdnd-viet-nam",
    "Phát động phong trào thi đua chào mừng 82 năm Ngày thành lập Quân đội nhân dân Việt Nam",
    "thi-dua-khen-thuong", "2026-11-21T09:00:00+07:00",
    [
        P("Phong trào được triển khai từ ngày 21/11 đến ngày 22/12/2026 tại tất cả các cơ sở "
          "giáo dục trên địa bàn huyện."),
        P("\"Mỗi thầy cô giáo là một tấm gương sáng, mỗi nhà trường là một địa chỉ tin cậy của "
          "nhân dân.\"", "quote"),
        P("Các nhà trường tổ chức hoạt động tìm hiểu truyền thống, thăm hỏi gia đình chính sách "
          "và giao lưu với các đơn vị quân đội đóng quân trên địa bàn."),
        P("Kết quả phong trào là căn cứ xét danh hiệu thi đua cuối học kỳ I."),
    ],
    authors=["Trần Minh Đức"],
    summary="Phòng GD&ĐT huyện Đông Anh phát động đợt thi đua cao điểm chào mừng kỷ niệm 82 năm "
            "Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/2026).",
    sapo_outside=True,
    opts={"card": ("Trần Minh Đức", "Chuyên viên Phòng GD&ĐT")},
)

S1320 = Story(
    1320, "thong-bao-lich-kiem-tra-hoc-ky-i-nam-hoc-2026-2027-cap-thcs",
    "Thông báo lịch kiểm tra học kỳ I năm học 2026-2027 cấp THCS", "thong-bao", "2026-12-04",
    [
        P("Phòng GD&ĐT huyện Đông Anh thông báo lịch kiểm tra cuối học kỳ I năm học 2026-2027 "
          "đối với các trường THCS trên địa bàn huyện như sau:"),
        P("Ngày 22/12/2026: Ngữ văn (90 phút), Toán (90 phút).", "li"),
        P("Ngày 23/12/2026: Tiếng Anh (60 phút), Khoa học tự nhiên (90 phút).", "li"),
        P("Ngày 24/12/2026: Lịch sử và Địa lí (90 phút), Giáo dục công dân (45 phút).", "li"),
        P("Đề kiểm tra các môn Ngữ văn, Toán, Tiếng Anh do Phòng GD&ĐT ra đề chung; các môn còn "
          "lại do nhà trường tự ra đề."),
        _pdf(2291, "Lich-KTHK1-THCS-2026.pdf"),
        Raw("<div><strong>Bộ phận Tổ chức - Hành chính</strong></div>"),
    ],
    authors=["Bộ phận Tổ chức - Hành chính"],
    opts={"notice": True},
)

S1313 = Story(
    1313, "thong-bao-tiep-nhan-ho-so-xet-tuyen-vien-chuc-giao-duc-nam-2026",
    "Thông báo tiếp nhận hồ sơ xét tuyển viên chức giáo dục năm 2026", "thong-bao", "2026-12-01",
    [
        P("Thực hiện Kế hoạch số 412/KH-UBND của UBND huyện Đông Anh, Phòng GD&ĐT thông báo tiếp "
          "nhận hồ sơ đăng ký dự tuyển viên chức giáo dục năm 2026."),
        P("Thời gian nhận hồ sơ: từ ngày 02/12/2026 đến hết ngày 31/12/2026 (trong giờ hành "
          "chính).", "br"),
        P("Địa điểm: Bộ phận một cửa, Phòng GD&ĐT huyện Đông Anh."),
        P("Chỉ tiêu tuyển dụng, điều kiện và hồ sơ đăng ký chi tiết xem tại văn bản đính kèm."),
        _pdf(2292, "TB-tuyen-dung-VC-2026.pdf"),
    ],
    opts={"notice": True, "old_slug": "thong-bao-tuyen-dung-vien-chuc-2026"},
)

S1299 = Story(
    1299, "thong-bao-nghi-tet-duong-lich-2027-doi-voi-cac-co-so-giao-duc",
    "Thông báo nghỉ Tết Dương lịch 2027 đối với các cơ sở giáo dục", "thong-bao", "2026-11-26",
    [
        P("Căn cứ thông báo của UBND Thành phố Hà Nội, Phòng GD&ĐT huyện Đông Anh thông báo lịch "
          "nghỉ Tết Dương lịch 2027 như sau:"),
        P("Cán bộ, giáo viên, nhân viên và học sinh được nghỉ 01 ngày vào Thứ Sáu, ngày "
          "01/01/2027."),
        P("Các đơn vị phân công trực, bảo vệ tài sản và báo cáo tình hình về Phòng GD&ĐT trước "
          "16h00 ngày 04/01/2027."),
    ],
    opts={"notice": True},
)


def _post(story: Story, updated_days: float) -> Post:
    if story.opts.get("notice"):
        day = story.published_at
        when = datetime.fromisoformat(day).replace(hour=8, tzinfo=TZ)
        return Post(story, when, when + timedelta(days=updated_days, minutes=17), notice_day=day)
    when = _local(story.published_at)
    first = next((b for b in story.blocks if isinstance(b, Img)), None)
    thumb = None
    if first:
        sid, fn = _blob_of(first.src)
        thumb = f"/rails/active_storage/representations/redirect/{sid}/{_VARIANTS['thumb']}/{fn}"
    return Post(story, when, when + timedelta(days=updated_days, minutes=42), thumb=thumb)


POSTS = [
    _post(S1320, 0.1), _post(S1318, 0.3), _post(S1315, 0.2), _post(S1311, 1.5),
    _post(S1313, 2.0), _post(S1308, 0.05), _post(S1299, 3.0), _post(S1304, 1.0),
    _post(S1283, 4.0), _post(S1297, 0.5), _post(S1276, 2.2), _post(S1290, 6.0),
    _post(S1268, 1.2),
]
POSTS.sort(key=lambda p: p.when, reverse=True)
BY_ID = {p.story.id: p for p in POSTS}
DOC_NHIEU = [1311, 1308, 1290]


def cat_name(post: Post) -> str:
    return NOTICE if post.story.cat == "thong-bao" else CATS[post.story.cat]


def cat_path(post: Post) -> str:
    return "/thong-bao" if post.story.cat == "thong-bao" else f"/chuyen-muc/{post.story.cat}"


def in_cat(cat: str) -> list[Post]:
    return [p for p in POSTS if p.story.cat == cat]


def excerpt(post: Post) -> str:
    first = post.story.summary or post.story.paragraphs[0]
    return first if len(first) <= 160 else first[:157].rsplit(" ", 1)[0] + "..."


# --- Trix / Action Text rendering ---------------------------------------------------------------


def _figure(img: Img, base: str, in_gallery: bool) -> str:
    sid, fn = _blob_of(img.src)
    size, human = _human_size(fn)
    cap_attr = f' caption="{esc(img.printed)}"' if img.printed else ""
    pres = ' presentation="gallery"' if in_gallery else ""
    if img.printed:
        figcap = esc(img.printed)
    else:
        figcap = (f'<span class="attachment__name">{esc(fn)}</span>\n    '
                  f'<span class="attachment__size">{human}</span>')
    return (
        f'<action-text-attachment sgid="{_b64("gid://pgd-donganh/ActiveStorage::Blob/" + sid[:6])}'
        f'--{_digest(sid)[:40]}" content-type="image/jpeg" url="{base}/rails/active_storage/blobs/'
        f'redirect/{sid}/{fn}" filename="{esc(fn)}" filesize="{size}" width="1600" height="1200" '
        f'previewable="true"{pres}{cap_attr}>'
        f'<figure class="attachment attachment--preview attachment--jpg">\n  '
        f'<img src="{img.src}">\n  <figcaption class="attachment__caption">\n    {figcap}\n  '
        f"</figcaption>\n</figure></action-text-attachment>"
    )


def _pdf_figure(blob: int, fn: str, base: str) -> str:
    size, human = _human_size(fn, big=False)
    return (
        f'<action-text-attachment sgid="{_b64("pdf" + str(blob))}--{_digest(fn)[:40]}" '
        f'content-type="application/pdf" url="{base}{blob_path(blob, fn)}" filename="{fn}" '
        f'filesize="{size}"><figure class="attachment attachment--file attachment--pdf">\n  '
        f'<figcaption class="attachment__caption">\n    <span class="attachment__name">{fn}'
        f'</span>\n    <span class="attachment__size">{human}</span>\n  </figcaption>\n</figure>'
        f"</action-text-attachment>"
    )


def trix(blocks: list, base: str) -> str:
    out: list[str] = []
    buf: list[str] = []
    gallery: list[Img] = []
    items: list[str] = []

    def flush() -> None:
        if buf:
            out.append("<div>" + "".join(buf) + "</div>")
            buf.clear()
        if gallery:
            figs = "".join(_figure(g, base, True) for g in gallery)
            out.append(f'<div class="attachment-gallery attachment-gallery--{len(gallery)}">'
                       f"{figs}</div>")
            gallery.clear()
        if items:
            out.append("<ul>" + "".join(f"<li>{t}</li>" for t in items) + "</ul>")
            items.clear()

    for b in blocks:
        if isinstance(b, Img) and b.style == "gallery":
            if buf or items:
                flush()
            gallery.append(b)
        elif isinstance(b, Img):
            if gallery or items:
                flush()
            buf.append(("<br><br>" if buf else "") + _figure(b, base, False))
        elif isinstance(b, P) and b.style == "li":
            if buf or gallery:
                flush()
            items.append(esc(b.text))
        elif isinstance(b, P) and b.style in ("h1", "quote"):
            flush()
            tag = "h1" if b.style == "h1" else "blockquote"
            out.append(f"<{tag}>{esc(b.text)}</{tag}>")
        elif isinstance(b, P):
            if gallery or items:
                flush()
            sep = ("<br>" if b.style == "br" else "<br><br>") if buf else ""
            buf.append(sep + esc(b.text))
        elif isinstance(b, Raw) and b.html.startswith("@pdf:"):
            flush()
            _, blob, fn = b.html.split(":", 2)
            out.append("<div>" + _pdf_figure(int(blob), fn, base) + "</div>")
        else:
            flush()
            out.append(b.html)
    flush()
    return "\n".join(out)


# --- layout -------------------------------------------------------------------------------------

_CSRF = _b64(_digest("csrf") * 2)


def _nav() -> str:
    cats = "".join(
        f'<li><a class="dropdown-item" href="/chuyen-muc/{slug}">{esc(name)}</a></li>'
        for slug, name in CATS.items()
    )
    return f"""
<nav class="navbar navbar-expand-lg navbar-dark bg-primary" data-controller="menu">
 <div class="container">
  <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#menuChinh"
   aria-label="Mở menu"><span class="navbar-toggler-icon"></span></button>
  <div class="collapse navbar-collapse" id="menuChinh">
   <ul class="navbar-nav me-auto">
    <li class="nav-item"><a class="nav-link" href="/"><i class="bi bi-house-door-fill"></i></a></li>
    <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" role="button"
      data-bs-toggle="dropdown">Giới thiệu</a>
     <ul class="dropdown-menu"><li><a class="dropdown-item" href="/gioi-thieu">Giới thiệu chung</a></li>
      <li><a class="dropdown-item" href="/co-cau-to-chuc">Cơ cấu tổ chức</a></li></ul></li>
    <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" role="button"
      data-bs-toggle="dropdown">Tin tức</a><ul class="dropdown-menu">{cats}</ul></li>
    <li class="nav-item"><a class="nav-link" href="/thong-bao">Thông báo</a></li>
    <li class="nav-item"><a class="nav-link" href="/van-ban">Văn bản</a></li>
    <li class="nav-item"><a class="nav-link" href="/thu-vien-anh/7-hoi-khoe-phu-dong-2026">Thư viện ảnh</a></li>
    <li class="nav-item"><a class="nav-link" href="/lien-he">Liên hệ</a></li>
   </ul>
   <form class="d-flex" role="search" action="/tim-kiem" method="get" data-turbo-frame="_top">
    <input class="form-control form-control-sm me-2" type="search" name="q" placeholder="Tìm kiếm...">
    <button class="btn btn-sm btn-light" type="submit"><i class="bi bi-search"></i></button></form>
  </div></div></nav>"""


def _sidebar() -> str:
    return """
<aside class="col-lg-4">
 <div class="card mb-3"><div class="card-header bg-primary text-white fw-bold">Đọc nhiều</div>
  <turbo-frame id="doc_nhieu" src="/khung/doc-nhieu" loading="lazy">
   <div class="card-body placeholder-glow"><span class="placeholder col-12"></span>
   <span class="placeholder col-8"></span></div></turbo-frame></div>
 <div class="card mb-3"><div class="card-header fw-bold">Liên kết website</div>
  <div class="list-group list-group-flush">
   <a class="list-group-item" href="https://moet.gov.vn" target="_blank" rel="noopener">Bộ Giáo dục và Đào tạo</a>
   <a class="list-group-item" href="https://hanoi.edu.vn" target="_blank" rel="noopener">Sở GD&amp;ĐT Hà Nội</a>
   <a class="list-group-item" href="https://donganh.hanoi.gov.vn" target="_blank" rel="noopener">Cổng TTĐT huyện Đông Anh</a>
  </div></div>
 <div class="card mb-3" data-controller="binh-chon"><div class="card-header fw-bold">Thăm dò ý kiến</div>
  <div class="card-body"><p class="small">Bạn đánh giá thế nào về cổng thông tin mới?</p>
  <form action="/binh-chon" method="post" data-turbo-stream="true">
   <input type="hidden" name="authenticity_token" value="CSRF" autocomplete="off">
   <div class="form-check"><input class="form-check-input" type="radio" name="lua_chon" value="1" id="lc1">
    <label class="form-check-label" for="lc1">Rất hữu ích</label></div>
   <div class="form-check"><input class="form-check-input" type="radio" name="lua_chon" value="2" id="lc2">
    <label class="form-check-label" for="lc2">Bình thường</label></div>
   <button type="submit" class="btn btn-sm btn-outline-primary mt-2">Bình chọn</button></form></div></div>
 <div class="card mb-3" id="thong_ke" data-turbo-permanent><div class="card-header fw-bold">Thống kê truy cập</div>
  <ul class="list-unstyled card-body small mb-0">
   <li>Đang online: <b>27</b></li><li>Hôm nay: <b>1.318</b></li><li>Tổng truy cập: <b>2.407.551</b></li>
  </ul></div>
</aside>""".replace("CSRF", _CSRF)


def layout(request: Request, title: str, main: str, *, canonical: str | None = None,
           head: str = "", crumbs: list[tuple[str, str | None]] | None = None) -> Response:
    base = base_url(request)
    canon = f'<link rel="canonical" href="{base}{canonical}">' if canonical else ""
    crumb_html = ""
    if crumbs:
        lis = ['<li class="breadcrumb-item"><a href="/">Trang chủ</a></li>']
        for label, href in crumbs:
            if href:
                lis.append(f'<li class="breadcrumb-item"><a href="{href}">{esc(label)}</a></li>')
            else:
                lis.append(f'<li class="breadcrumb-item active" aria-current="page">{esc(label)}</li>')
        crumb_html = f'<nav aria-label="breadcrumb"><ol class="breadcrumb small">{"".join(lis)}</ol></nav>'
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="csrf-param" content="authenticity_token">
<meta name="csrf-token" content="{_CSRF}">
<meta name="turbo-prefetch" content="false">
{canon}
{head}
<link rel="stylesheet" href="/assets/application-5f1c2e9a.css" data-turbo-track="reload">
<script type="importmap" data-turbo-track="reload">{{"imports":{{"application":"/assets/application-8d2b.js","@hotwired/turbo-rails":"/assets/turbo.min-c85b4c5b.js","@hotwired/stimulus":"/assets/stimulus.min-dd364f16.js","local-time":"/assets/local-time-2e4a.js"}}}}</script>
<script type="module">import "application"</script>
</head>
<body>
<turbo-cable-stream-source channel="Turbo::StreamsChannel" signed-stream-name="{_b64('"thong_bao_moi"')}--{_digest('s')[:40]}"></turbo-cable-stream-source>
<div class="bg-light border-bottom small py-1"><div class="container d-flex justify-content-between">
 <span><i class="bi bi-calendar-event"></i> {HEADER_TODAY}</span>
 <span><a href="/users/sign_in" class="link-secondary">Đăng nhập</a></span></div></div>
<header class="container py-3 d-flex align-items-center gap-3">
 <a href="/"><img src="/assets/logo-pgd-donganh-3b9f.png" alt="Logo Phòng GD&amp;ĐT Đông Anh" height="64"></a>
 <div><div class="text-uppercase small text-secondary">UBND huyện Đông Anh</div>
 <div class="fs-4 fw-bold text-primary text-uppercase">{SITE}</div></div>
</header>
{_nav()}
<div id="flash" class="container"></div>
<main class="container my-3"><div class="row">
<div class="col-lg-8">
{crumb_html}
{main}
</div>
{_sidebar()}
</div></main>
<footer class="bg-dark text-light py-4 mt-4 small"><div class="container">
 <p class="fw-bold text-uppercase mb-1">{SITE}</p>
 <p class="mb-1">Địa chỉ: Số 8 đường Cao Lỗ, thị trấn Đông Anh, huyện Đông Anh, thành phố Hà Nội</p>
 <p class="mb-1">Điện thoại: 024 3883 2345 - Email: pgddonganh@hanoiedu.vn</p>
 <p class="mb-0">© 2026 {SITE}. Thiết kế và vận hành: Công ty TNHH Giải pháp Phần mềm Bắc Thăng Long.</p>
</div></footer>
</body>
</html>"""
    return html(page)


def frame_doc(frame_id: str, inner: str) -> Response:
    """A frame response: the contractor renders these with ``layout false``."""
    return html(f'<html><head><meta name="turbo-cache-control" content="no-cache"></head><body>'
                f'<turbo-frame id="{frame_id}">\n{inner}\n</turbo-frame></body></html>')


# --- pages ----------------------------------------------------------------------------------------


def _card(post: Post) -> str:
    s = post.story
    thumb = (f'<div class="col-4"><a href="{post.path}" data-turbo-frame="_top">'
             f'<img src="{post.thumb}" class="img-fluid rounded-start" alt="" loading="lazy"></a></div>'
             if post.thumb else "")
    return f"""
<div class="card mb-3 border-0 border-bottom" id="bai_viet_{s.id}">
 <div class="row g-0">{thumb}
  <div class="{'col-8' if thumb else 'col-12'}"><div class="card-body py-1">
   <h5 class="card-title fs-6 fw-bold"><a class="stretched-link text-decoration-none" href="{post.path}"
    data-turbo-frame="_top">{esc(s.title)}</a></h5>
   <p class="card-text small text-secondary">{esc(excerpt(post))}</p>
   <p class="card-text"><small class="text-body-tertiary">{time_ago(post.when)}</small></p>
  </div></div></div></div>"""


def home(request: Request) -> Response:
    feat = next(p for p in POSTS if p.story.opts.get("feature"))
    img = feat.story.images[0].src
    newest = "".join(_card(p) for p in POSTS[:3])
    main = f"""
<section class="mb-4" data-controller="tieu-diem">
 <h2 class="h5 border-bottom pb-2 text-primary">Tiêu điểm</h2>
 <div class="card text-bg-dark"><img src="{img}" class="card-img opacity-50" alt="">
  <div class="card-img-overlay"><h3 class="card-title h4"><a class="text-white" href="{feat.path}">{esc(feat.story.title)}</a></h3>
  <p class="card-text">{esc(excerpt(feat))}</p></div></div>
</section>
<section><h2 class="h5 border-bottom pb-2 text-primary">Tin mới</h2>{newest}</section>
"""
    return layout(request, f"Trang chủ | {SITE}", main)


def category(request: Request, slug: str) -> Response:
    name = CATS[slug]
    main = f"""
<h1 class="h4 text-primary text-uppercase">{esc(name)}</h1>
<turbo-frame id="ds_bai_viet" src="/chuyen-muc/{slug}/trang/1" loading="lazy" target="_top">
 <div class="d-flex align-items-center gap-2 text-secondary py-4">
  <div class="spinner-border spinner-border-sm" role="status"></div> Đang tải danh sách bài viết…</div>
</turbo-frame>"""
    return layout(request, f"{name} | {SITE}", main, crumbs=[(name, None)])


def category_page(slug: str, n: int) -> Response | None:
    posts = in_cat(slug)
    pages = (len(posts) + PER_PAGE - 1) // PER_PAGE
    if not 1 <= n <= pages:
        return None
    chunk = posts[(n - 1) * PER_PAGE: n * PER_PAGE]
    inner = '<div class="ds">' + "".join(_card(p) for p in chunk) + "</div>"
    if slug == "tin-tuc-su-kien":
        frame_id = "ds_bai_viet" if n == 1 else f"ds_bai_viet_trang_{n}"
        if n < pages:
            inner += (f'\n<turbo-frame id="ds_bai_viet_trang_{n + 1}" src="/chuyen-muc/{slug}/trang/'
                      f'{n + 1}" loading="lazy"><div class="text-center py-3"><div class="spinner-'
                      f'border text-primary" role="status"></div></div></turbo-frame>')
        return frame_doc(frame_id, inner)
    if pages > 1:
        links = []
        prev = (f'<a href="/chuyen-muc/{slug}/trang/{n - 1}" aria-label="Trang trước">&lsaquo;</a>'
                if n > 1 else '<a role="link" aria-disabled="true" aria-label="Trang trước">&lsaquo;</a>')
        links.append(prev)
        for k in range(1, pages + 1):
            links.append(f'<a role="link" aria-disabled="true" aria-current="page" class="current">{k}</a>'
                         if k == n else f'<a href="/chuyen-muc/{slug}/trang/{k}">{k}</a>')
        links.append(f'<a href="/chuyen-muc/{slug}/trang/{n + 1}" aria-label="Trang sau">&rsaquo;</a>'
                     if n < pages else '<a role="link" aria-disabled="true" aria-label="Trang sau">&rsaquo;</a>')
        inner += f'\n<nav class="pagy nav" aria-label="Trang">{"".join(links)}</nav>'
    return frame_doc("ds_bai_viet", inner)


def notices(request: Request) -> Response | None:
    page = request.params.get("page", "1")
    if not page.isdigit():
        return None
    n = int(page)
    posts = in_cat("thong-bao")
    pages = (len(posts) + NOTICES_PER_PAGE - 1) // NOTICES_PER_PAGE
    if not 1 <= n <= pages:
        return None
    rows = []
    for p in posts[(n - 1) * NOTICES_PER_PAGE: n * NOTICES_PER_PAGE]:
        old = p.story.opts.get("old_slug")
        href = f"/bai-viet/{p.story.id}-{old}" if old else p.path
        rows.append(f"""
<li class="list-group-item d-flex gap-3" id="thong_bao_{p.story.id}">
 <div class="text-center text-danger fw-bold lh-1 border rounded p-2">{p.notice_day[8:]}<br><small>{p.notice_day[5:7]}/{p.notice_day[:4]}</small></div>
 <div><a class="fw-semibold text-decoration-none" href="{href}">{esc(p.story.title)}</a>
 <div class="small text-secondary">{esc(excerpt(p))}</div></div></li>""")
    more = ""
    if n < pages:
        more = (f'<form class="button_to" method="get" action="/thong-bao"><button class="btn '
                f'btn-outline-primary btn-sm" type="submit">Xem thêm thông báo</button><input '
                f'type="hidden" name="page" value="{n + 1}" autocomplete="off"></form>')
    main = f"""
<h1 class="h4 text-primary text-uppercase">Thông báo</h1>
<ul class="list-group list-group-flush mb-3" id="ds_thong_bao">{''.join(rows)}</ul>
{more}"""
    return layout(request, f"Thông báo | {SITE}", main, crumbs=[(NOTICE, None)])


def _author_box(s: Story) -> str:
    card = s.opts.get("card")
    if card:
        name, post = card
        return f"""
<div class="d-flex align-items-center gap-2 my-2 tac-gia">
 <img src="{rep(9000 + len(name), 'avatar.jpg', 'avatar')}" class="rounded-circle" width="36" height="36" alt="">
 <div class="lh-sm"><div class="fw-semibold small">{esc(name)}</div>
 <div class="text-body-tertiary" style="font-size:.75rem">{esc(post)}</div></div></div>"""
    if s.opts.get("account"):
        return (f'<div class="small text-secondary my-2">Người đăng: <span class="fw-semibold">'
                f'{esc(s.opts["account"])}</span></div>')
    return ""


def article(request: Request, post: Post) -> Response:
    s = post.story
    base = base_url(request)
    views = f"{s.views():,}".replace(",", ".")
    if s.opts.get("notice"):
        meta = (f'<div class="small text-body-secondary mb-2 bv-tt"><span class="ngay-bh">'
                f'<i class="bi bi-calendar3"></i> Ngày ban hành: {vi_long_date(post.notice_day)}</span>'
                f' · <span>Cập nhật {local_time(post.updated, "time-ago")}</span> · '
                f'<span><i class="bi bi-eye"></i> {views} lượt xem</span></div>')
    else:
        meta = (f'<div class="d-flex flex-wrap gap-3 small text-body-secondary mb-2 bv-tt">'
                f'<span><i class="bi bi-calendar3"></i> {local_time(post.when)}</span>'
                f'<span><i class="bi bi-pencil-square"></i> Sửa lần cuối {local_time(post.updated, "time-ago")}</span>'
                f'<span><i class="bi bi-eye"></i> {views} lượt xem</span></div>')
    lead = f'<p class="lead fs-6 fw-semibold text-body-emphasis">{esc(s.summary)}</p>' if s.summary else ""
    blocks = list(s.blocks)
    cut = s.opts.get("hidden_from")
    if cut:
        body = (f'<div class="trix-content">\n{trix(blocks[:cut], base)}\n</div>\n'
                f'<div class="trix-content" hidden data-xem-them-target="phanAn">\n'
                f'{trix(blocks[cut:], base)}\n</div>\n'
                f'<button type="button" class="btn btn-link p-0" data-action="xem-them#moRong">'
                f'Xem thêm <i class="bi bi-chevron-down"></i></button>')
        body = f'<div data-controller="xem-them">{body}</div>'
    else:
        body = f'<div class="trix-content">\n{trix(blocks, base)}\n</div>'
    newer = [p for p in POSTS if p.story.cat == s.cat and p.when > post.when][-3:]
    newer_html = ""
    if newer:
        lis = "".join(f'<li class="list-group-item"><a href="{p.path}">{esc(p.story.title)}</a> '
                      f'<small class="text-body-tertiary">({time_ago(p.when)})</small></li>' for p in newer)
        newer_html = (f'<section class="mt-4"><h2 class="h6 text-uppercase border-bottom pb-1">'
                      f'Tin mới hơn</h2><ul class="list-group list-group-flush">{lis}</ul></section>')
    share = f"""
<div class="d-flex gap-2 align-items-center border-top pt-2 mt-3 small" data-controller="chia-se"
 data-chia-se-url-value="{base}/bai-viet/{s.id}">
 <span class="text-secondary">Chia sẻ:</span>
 <a class="btn btn-sm btn-outline-primary" href="https://www.facebook.com/sharer/sharer.php?u={base}{post.path}" target="_blank" rel="noopener"><i class="bi bi-facebook"></i></a>
 <a class="btn btn-sm btn-outline-secondary" href="https://zalo.me/share?u={base}{post.path}" target="_blank" rel="noopener">Zalo</a>
 <button class="btn btn-sm btn-outline-secondary" data-action="chia-se#saoChep">Sao chép liên kết</button>
 <a href="/bai-viet/{s.id}" data-turbo-frame="_top" class="ms-auto link-secondary">Liên kết rút gọn</a>
 <form class="button_to d-inline" method="post" action="{post.path}/luot-thich" data-turbo-stream="true"><button class="btn btn-sm btn-outline-danger" type="submit"><i class="bi bi-heart"></i> Thích</button><input type="hidden" name="authenticity_token" value="{_CSRF}" autocomplete="off"></form>
</div>"""
    first_img = s.images[0].src if s.images else None
    og = ""
    if first_img:
        sid, fn = _blob_of(first_img)
        og = f'<meta property="og:image" content="{base}/rails/active_storage/blobs/redirect/{sid}/{fn}">'
    desc = esc(excerpt(post))
    head = (f'<meta name="description" content="{desc}">\n<meta property="og:title" content="'
            f'{esc(s.title)}">\n<meta property="og:type" content="article">\n{og}')
    main = f"""
<article id="bai_viet_{s.id}" class="bv-chi-tiet">
<h1 class="h3 fw-bold text-body-emphasis">{esc(s.title)}</h1>
{meta}
{_author_box(s)}
{lead}
{body}
{share}
</article>
{newer_html}"""
    return layout(request, f"{s.title} | {SITE}", main, canonical=post.path, head=head,
                  crumbs=[(cat_name(post), cat_path(post))])


def doc_nhieu() -> Response:
    items = []
    for i, pid in enumerate(DOC_NHIEU, 1):
        p = BY_ID[pid]
        items.append(f"""
<div class="d-flex gap-2 p-2 border-bottom"><span class="badge text-bg-primary align-self-start">{i}</span>
 <div><a href="{p.path}" data-turbo-frame="_top" class="small fw-semibold">{esc(p.story.title)}</a>
 <div class="text-secondary" style="font-size:.75rem">{esc(excerpt(p))}</div></div></div>""")
    return frame_doc("doc_nhieu", "".join(items))


# --- non-articles ----------------------------------------------------------------------------------

VAN_BAN = {
    412: ("412/KH-UBND", "2026-11-24", "Kế hoạch tuyển dụng viên chức giáo dục năm 2026",
          "UBND huyện Đông Anh", "KH-412-UBND.pdf"),
    418: ("1865/PGDĐT-THCS", "2026-11-30", "Hướng dẫn kiểm tra cuối học kỳ I năm học 2026-2027",
          "Phòng GD&ĐT huyện Đông Anh", "CV-1865-PGDDT.pdf"),
}


def van_ban_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{esc(so)}</td><td>{day[8:]}/{day[5:7]}/{day[:4]}</td><td><a href="/van-ban/{vid}">'
        f"{esc(ty)}</a></td></tr>"
        for vid, (so, day, ty, _co, _fn) in sorted(VAN_BAN.items(), reverse=True)
    )
    main = (f'<h1 class="h4 text-primary">Văn bản</h1><table class="table table-sm table-striped">'
            f"<thead><tr><th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th></tr></thead>"
            f"<tbody>{rows}</tbody></table>")
    return layout(request, f"Văn bản | {SITE}", main, crumbs=[("Văn bản", None)])


def van_ban(request: Request, vid: int) -> Response:
    so, day, ty, co, fn = VAN_BAN[vid]
    main = f"""
<h1 class="h5 fw-bold">{esc(ty)}</h1>
<table class="table table-bordered small">
 <tr><th class="w-25">Số/Ký hiệu</th><td>{esc(so)}</td></tr>
 <tr><th>Ngày ban hành</th><td>{day[8:]}/{day[5:7]}/{day[:4]}</td></tr>
 <tr><th>Cơ quan ban hành</th><td>{esc(co)}</td></tr>
 <tr><th>Trích yếu</th><td>{esc(ty)}</td></tr>
 <tr><th>Tệp đính kèm</th><td><a href="{blob_path(3000 + vid, fn)}">{fn}</a></td></tr>
</table>"""
    return layout(request, f"{ty} | {SITE}", main, crumbs=[("Văn bản", "/van-ban"), (so, None)])


def static_page(request: Request, title: str, content: str) -> Response:
    return layout(request, f"{title} | {SITE}", f'<h1 class="h4 text-primary">{esc(title)}</h1>{content}',
                  crumbs=[(title, None)])


PAGES = {
    "/gioi-thieu": ("Giới thiệu chung", """
<p>Phòng Giáo dục và Đào tạo huyện Đông Anh là cơ quan chuyên môn thuộc UBND huyện, tham mưu, giúp
UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện.</p>
<p>Toàn huyện hiện có 112 cơ sở giáo dục mầm non, tiểu học và trung học cơ sở với hơn 98.000 học sinh.</p>"""),
    "/co-cau-to-chuc": ("Cơ cấu tổ chức", """
<table class="table table-sm"><tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr>
<tr><td>Nguyễn Văn Thành</td><td>Trưởng phòng</td><td>024 3883 2345</td></tr>
<tr><td>Nguyễn Thị Thu Hà</td><td>Phó Trưởng phòng</td><td>024 3883 2346</td></tr>
<tr><td>Lê Hồng Sơn</td><td>Phó Trưởng phòng</td><td>024 3883 2347</td></tr></table>"""),
    "/lien-he": ("Liên hệ", """
<p>Địa chỉ: Số 8 đường Cao Lỗ, thị trấn Đông Anh, huyện Đông Anh, thành phố Hà Nội</p>
<p>Điện thoại: 024 3883 2345 - Email: pgddonganh@hanoiedu.vn</p>
<form action="/lien-he" method="post"><input type="hidden" name="authenticity_token" value="x">
<input name="lien_he[ho_ten]" class="form-control mb-2" placeholder="Họ và tên">
<textarea name="lien_he[noi_dung]" class="form-control mb-2"></textarea>
<button class="btn btn-primary" type="submit">Gửi</button></form>"""),
}

ALBUM_PATH = "/thu-vien-anh/7-hoi-khoe-phu-dong-2026"


def album(request: Request) -> Response:
    pics = "".join(
        f'<div class="col-4"><a href="{rep(2300 + k, f"HKPD-{k:02d}.jpg")}" data-controller="lightbox">'
        f'<img src="{rep(2300 + k, f"HKPD-{k:02d}.jpg", "thumb")}" class="img-fluid rounded" alt=""></a></div>'
        for k in range(1, 7)
    )
    main = (f'<h1 class="h4 text-primary">Hội khỏe Phù Đổng cấp huyện 2026</h1>'
            f'<p class="small text-secondary">6 ảnh</p><div class="row g-2">{pics}</div>')
    return layout(request, f"Thư viện ảnh: Hội khỏe Phù Đổng 2026 | {SITE}", main,
                  crumbs=[("Thư viện ảnh", None)])


# --- routing ---------------------------------------------------------------------------------------


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method not in ("GET", "HEAD"):
            return None
        if path.startswith("/rails/active_storage/"):
            return self._storage(path)
        if path.startswith("/assets/"):
            return static_file(path)
        if path == "/" and not request.query:
            return home(request)
        if path.startswith("/bai-viet/"):
            rest = path[len("/bai-viet/"):]
            head = rest.split("-", 1)[0]
            if "/" in rest or not head.isdigit() or request.query:
                return None
            post = BY_ID.get(int(head))
            return article(request, post) if post else None
        if path.startswith("/chuyen-muc/"):
            parts = path.split("/")[2:]
            if parts and parts[0] in CATS:
                if len(parts) == 1:
                    return category(request, parts[0])
                if len(parts) == 3 and parts[1] == "trang" and parts[2].isdigit():
                    return category_page(parts[0], int(parts[2]))
            return None
        if path == "/thong-bao":
            return notices(request)
        if path == "/khung/doc-nhieu":
            return doc_nhieu()
        if path == "/van-ban":
            return van_ban_list(request)
        if path.startswith("/van-ban/"):
            vid = path[len("/van-ban/"):]
            return van_ban(request, int(vid)) if vid.isdigit() and int(vid) in VAN_BAN else None
        if path == ALBUM_PATH:
            return album(request)
        if path in PAGES:
            title, content = PAGES[path]
            return static_page(request, title, content)
        if path == "/tim-kiem":
            q = esc(request.params.get("q", ""))
            return layout(request, f"Tìm kiếm | {SITE}",
                          f'<h1 class="h5">Kết quả tìm kiếm: “{q}”</h1><p>Không tìm thấy bài viết phù hợp.</p>')
        if path == "/users/sign_in":
            return layout(request, f"Đăng nhập | {SITE}",
                          '<h1 class="h5">Đăng nhập</h1><form action="/users/sign_in" method="post">'
                          '<input name="user[email]" class="form-control"><input type="password" '
                          'name="user[password]" class="form-control"><button type="submit" class="btn '
                          'btn-primary">Đăng nhập</button></form>')
        return None

    @staticmethod
    def _storage(path: str) -> Response | None:
        parts = path.split("/")
        # /rails/active_storage/<kind>/redirect/<sid>/[<variation>/]<filename>
        if len(parts) >= 7 and parts[4] == "redirect" and parts[3] in ("representations", "blobs"):
            fn = parts[-1]
            key = _digest(parts[5])[:28]
            return redirect(f"/rails/active_storage/disk/{key}/{fn}")
        if len(parts) == 6 and parts[3] == "disk":
            if parts[5].lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(parts[5])
        return None


def build_site() -> Site:
    return Site()


# --- gold ------------------------------------------------------------------------------------------


def _gold(post: Post) -> dict:
    s = post.story
    alts = [f"/bai-viet/{s.id}"]
    if s.opts.get("old_slug"):
        alts.append(f"/bai-viet/{s.id}-{s.opts['old_slug']}")
    return gold_record(s, post.path, cat_name(post), alt_paths=alts)


GOLD = [_gold(p) for p in POSTS]

NON_ARTICLES = [
    "/gioi-thieu",
    "/co-cau-to-chuc",
    "/lien-he",
    "/van-ban/412",
    "/van-ban/418",
    ALBUM_PATH,
]
